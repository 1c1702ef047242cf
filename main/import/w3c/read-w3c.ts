// Reads a W3C file's JSON into import items: an AnnotationCollection (its first page embedded),
// an AnnotationPage, one Annotation or a list of them. Anything else, or an annotation Crossread
// cannot read, is refused with a sentence that names it, before anything is changed.
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import { annotationSchema, collectionSchema, hasType, pageSchema } from './w3c-schema'
import type { ImportItem } from './import-items'
import { toImportItem } from './to-import-item'
import { describeIssue, invalid } from './w3c-errors'

export function readW3cFile(json: unknown): ImportItem[] {
  const annotations = annotationsIn(typeof json === 'string' ? parseText(json) : json)
  if (annotations.length === 0) throw invalid('The file holds no annotations.')
  return annotations.map((raw, i) => {
    const parsed = annotationSchema.safeParse(raw)
    const name = `Annotation ${i + 1}${idOf(raw)}`
    if (!parsed.success) throw invalid(`${name} cannot be read: it ${describeIssue(parsed.error)}.`)
    // Without an id, one derived from the annotation itself still merges when the file comes again.
    const fileId = parsed.data.id ?? `sha1:${createHash('sha1').update(JSON.stringify(raw)).digest('hex')}`
    return toImportItem(parsed.data, fileId, name)
  })
}

function annotationsIn(json: unknown): unknown[] {
  if (Array.isArray(json)) return json
  if (typeof json !== 'object' || json === null)
    throw invalid('The file is not W3C Web Annotation JSON: it holds no object or list of annotations.')
  const type = (json as { type?: unknown }).type
  if (hasType(type, 'Annotation')) return [json]
  if (hasType(type, 'AnnotationPage')) return parseOrRefuse(pageSchema, json, 'The annotation page').items
  if (hasType(type, 'AnnotationCollection')) {
    const collection = parseOrRefuse(collectionSchema, json, 'The annotation collection')
    if (typeof collection.first === 'string')
      throw invalid('The collection’s annotations are not in the file (its first page is only a link to them).')
    return collection.first?.items ?? collection.items ?? []
  }
  const named = typeof type === 'string' ? ` (its type is “${type}”)` : ' (it has no type)'
  throw invalid(`The file is not a W3C annotation collection, page or annotation${named}.`)
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw invalid('The file is not JSON, so it cannot hold W3C Web Annotations.')
  }
}

function parseOrRefuse<T extends z.ZodType>(schema: T, json: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw invalid(`${what} cannot be read: it ${describeIssue(parsed.error)}.`)
  return parsed.data
}

const idOf = (raw: unknown): string => {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' ? ` (${id})` : ''
}
