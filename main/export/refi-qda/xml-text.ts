// Text made safe for REFI-QDA XML: characters XML 1.0 forbids are dropped (a peer parser would
// reject the whole file for one of them), and attribute values are kept on one line because a
// parser turns their line breaks into spaces anyway. fast-xml-parser escapes `<`, `&` and quotes.
import { XMLBuilder } from 'fast-xml-parser'

// C0 controls but tab and line breaks, lone surrogates, and the two non-characters XML excludes.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are the characters to drop
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Element text: forbidden characters dropped, line ends as `\n`. */
export const xmlText = (text: string): string => text.replace(FORBIDDEN, '').replace(/\r\n?/g, '\n')

/** An attribute value (a name): forbidden characters dropped, whitespace runs as one space. */
export const xmlAttribute = (text: string): string => xmlText(text).replace(/\s+/g, ' ').trim()

/** The first `length` code points of a one-line version of `text`, with an ellipsis if cut. */
export function shortName(text: string, length = 60): string {
  const points = [...xmlAttribute(text)]
  return points.length > length ? `${points.slice(0, length - 1).join('')}…` : points.join('')
}

/** xsd:dateTime as our stores write it (ISO 8601); anything else falls back. */
export const xmlDateTime = (value: string | null | undefined, fallback: string): string =>
  value && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value) ? value : fallback

/** An element tree (`@_` keys are attributes, in the order written) as an XML document, no BOM. */
export function buildXml(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    // Otherwise `isCodable="true"` would be written as a bare `isCodable`, which is not XML.
    suppressBooleanAttributes: false
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(sanitise(root)) as string}`
}

/** Every string in the tree made safe here, once, so that no writer can forget one. */
function sanitise(node: unknown, key = ''): unknown {
  if (typeof node === 'string') return key.startsWith('@_') ? xmlAttribute(node) : xmlText(node)
  if (Array.isArray(node)) return node.map((item) => sanitise(item, key))
  if (node !== null && typeof node === 'object')
    return Object.fromEntries(Object.entries(node).map(([name, value]) => [name, sanitise(value, name)]))
  return node
}
