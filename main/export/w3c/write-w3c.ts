// The W3C Web Annotation export: one AnnotationCollection whose single embedded AnnotationPage
// holds every highlight, passage link, theme verdict and memo of the export model, pretty printed.
// main/import/w3c reads it back (and plain Hypothesis JSON-LD) idempotently.
import type { ExportModel } from '../export-model'
import { highlightAnnotation, linkAnnotation, memoAnnotation, themeAnnotations } from './w3c-annotations'
import { W3C_CONTEXT } from './w3c-terms'

export function writeW3cAnnotations(model: ExportModel): string {
  const tags = new Map(model.tags.map((tag) => [tag.id, tag]))
  const files = new Map(model.articles.map((article) => [article.id, article.file]))
  const items = [
    ...model.articles.flatMap((article) =>
      article.highlights.map((highlight) => highlightAnnotation(model, article, highlight, tags))
    ),
    ...model.links.map((link) => linkAnnotation(model, link, files)),
    ...model.articles.flatMap((article) => themeAnnotations(model, article)),
    ...model.articles.flatMap((article) => memoAnnotation(model, article))
  ]
  const id = `urn:crossread:export:${model.generatedAt}`
  const collection = {
    '@context': W3C_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: model.scopeLabel,
    total: items.length,
    // One page, embedded: the file is read whole, never paged through a server.
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items }
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}
