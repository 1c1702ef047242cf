// The code tree of a REFI-QDA codebook (root <CodeBook>, in the namespace of the 1.0 standard or
// the older 0.4 that some peers still write) or of a project (<Project>'s <CodeBook>). Element
// prefixes are allowed (`<qdc:Code>`): elements are matched by local name, the root's namespace
// is checked. A file that is not this is refused with a sentence naming what is wrong.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ApiError } from '../../../common/errors/api-error'

export interface ImportedCode {
  guid: string
  name: string
  /** `#rrggbb`, or null when the code has no (valid) colour. */
  color: string | null
  description: string
  children: ImportedCode[]
}

export const CODEBOOK_NAMESPACES = ['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:codebook:0:4']
const PROJECT_NAMESPACE_PREFIX = 'urn:QDA-XML:project:'
/** Deeper nesting than any codebook has: the file is refused rather than the stack overflowing. */
const MAX_DEPTH = 64

type XmlNode = Record<string, unknown>

export function parseCodebook(
  fileName: string,
  xml: string,
  expect: 'codebook-or-project' | 'project'
): ImportedCode[] {
  const refuse = (why: string) => new ApiError('invalid-input', `“${fileName}” cannot be imported: ${why}`)
  // REFI-QDA files never declare entities; refusing them rules out entity-expansion attacks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw refuse('it declares a DOCTYPE or entities, which REFI-QDA files never do.')
  const valid = XMLValidator.validate(xml)
  if (valid !== true)
    throw refuse(`it is not well-formed XML (line ${valid.err.line}: ${valid.err.msg.replace(/\.$/, '')}).`)
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && localName(name) === 'Code'
  }).parse(xml) as XmlNode
  const rootKey = Object.keys(parsed).find((key) => !key.startsWith('?') && !key.startsWith('#'))
  if (rootKey === undefined) throw refuse('it holds no XML element.')
  const root = asNode(parsed[rootKey])
  const prefix = rootKey.includes(':') ? rootKey.slice(0, rootKey.indexOf(':')) : ''
  const namespace = String(root[prefix ? `@_xmlns:${prefix}` : '@_xmlns'] ?? '')
  const rootName = localName(rootKey)
  let codebook: XmlNode | undefined
  if (rootName === 'Project' && namespace.startsWith(PROJECT_NAMESPACE_PREFIX)) codebook = child(root, 'CodeBook')
  else if (rootName === 'CodeBook' && expect === 'codebook-or-project' && CODEBOOK_NAMESPACES.includes(namespace))
    codebook = root
  else
    throw refuse(
      `its root element is <${rootName}>${namespace ? ` in namespace ${namespace}` : ' without a namespace'}, ` +
        `not a REFI-QDA ${expect === 'project' ? 'project (<Project>)' : `codebook (<CodeBook> in ${CODEBOOK_NAMESPACES.join(' or ')})`}.`
    )
  const codes = toCodes(children(child(codebook, 'Codes'), 'Code'), 0, refuse)
  if (codes.length === 0) throw refuse('it holds no codes.')
  return codes
}

function toCodes(nodes: XmlNode[], depth: number, refuse: (why: string) => Error): ImportedCode[] {
  if (depth > MAX_DEPTH) throw refuse(`its codes are nested more than ${MAX_DEPTH} levels deep.`)
  return nodes.flatMap((node) => {
    const nested = toCodes(children(node, 'Code'), depth + 1, refuse)
    const name = String(node['@_name'] ?? '')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
    if (name === '') return nested // a nameless code cannot be a tag: its sub-codes take its place
    return [
      {
        guid: String(node['@_guid'] ?? ''),
        name,
        color: hexColor(node['@_color']),
        description: textOf(rawChild(node, 'Description')),
        children: nested
      }
    ]
  })
}

/** `#RGB` or `#RRGGBB` as our tags store colours (`#rrggbb`); anything else is no colour. */
function hexColor(value: unknown): string | null {
  const color = typeof value === 'string' ? value.trim() : ''
  if (/^#[0-9a-fA-F]{6}$/.test(color)) return color.toLowerCase()
  if (/^#[0-9a-fA-F]{3}$/.test(color))
    return `#${[...color.slice(1)].map((digit) => digit + digit).join('')}`.toLowerCase()
  return null
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1)
const asNode = (value: unknown): XmlNode => (value !== null && typeof value === 'object' ? (value as XmlNode) : {})
/** The first child element of that local name, as parsed (text-only elements are strings). */
const rawChild = (node: XmlNode | undefined, name: string): unknown => {
  const key = Object.keys(node ?? {}).find((candidate) => !candidate.startsWith('@_') && localName(candidate) === name)
  const value = key === undefined ? undefined : node?.[key]
  return Array.isArray(value) ? (value as unknown[])[0] : value
}
const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => {
  const value = rawChild(node, name)
  return value === undefined ? undefined : asNode(value)
}
const children = (node: XmlNode | undefined, name: string): XmlNode[] =>
  Object.entries(node ?? {})
    .filter(([key]) => !key.startsWith('@_') && localName(key) === name)
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]).map(asNode))
function textOf(node: unknown): string {
  if (typeof node === 'string') return node.trim()
  const text = asNode(node)['#text']
  return typeof text === 'string' ? text.trim() : ''
}
