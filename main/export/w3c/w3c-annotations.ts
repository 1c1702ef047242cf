// Each exported thing as one W3C Web Annotation, with bodies shaped as the Hypothesis server's
// JSON-LD presenter shapes them: the note a Markdown `TextualBody`, each tag a `TextualBody` with
// purpose `tagging`. A passage link is one `linking` annotation with both passages as targets; a
// theme verdict a `classifying` annotation on the whole article. Positions count code points.
import type { Tag } from '../../../common/model/annotation-types'
import type { ExportArticle, ExportHighlight, ExportLink, ExportLinkEnd, ExportModel } from '../export-model'
import { GENERATOR, TERM, annotationUrn, articleSource, linkUrn, memoUrn, themeUrn } from './w3c-terms'

export type JsonObject = Record<string, unknown>

interface Passage {
  quote: string
  prefix: string
  suffix: string
  start: number | null
  end: number | null
}

/** Both selectors when the passage is placed; an orphan has only its stored quote. */
function passageTarget(source: string, passage: Passage): JsonObject {
  const quote = { type: 'TextQuoteSelector', exact: passage.quote, prefix: passage.prefix, suffix: passage.suffix }
  const position =
    passage.start === null || passage.end === null
      ? []
      : [{ type: 'TextPositionSelector', start: passage.start, end: passage.end }]
  return { source, selector: [quote, ...position] }
}

const noteBody = (note: string): JsonObject[] =>
  note === '' ? [] : [{ type: 'TextualBody', value: note, format: 'text/markdown', purpose: 'commenting' }]

/** A tag's names from the codebook's root down to it, so an import can rebuild the hierarchy. */
function tagPath(tag: Tag | undefined, tags: Map<string, Tag>): string[] {
  const path: string[] = []
  for (let at = tag; at && path.length < tags.size; at = at.parentId ? tags.get(at.parentId) : undefined)
    path.unshift(at.name)
  return path
}

export function highlightAnnotation(
  model: ExportModel,
  article: ExportArticle,
  highlight: ExportHighlight,
  tags: Map<string, Tag>
): JsonObject {
  const tagBodies = highlight.tagIds.map((id, i) => ({
    type: 'TextualBody',
    value: highlight.tagNames[i] ?? tags.get(id)?.name ?? id,
    purpose: 'tagging',
    [TERM.tagPath]: tagPath(tags.get(id), tags)
  }))
  const body = [...noteBody(highlight.note), ...tagBodies]
  const motivation = highlight.note !== '' ? 'commenting' : tagBodies.length > 0 ? 'tagging' : 'highlighting'
  return {
    id: annotationUrn(highlight.id),
    type: 'Annotation',
    ...provenance(model, highlight.created, highlight.modified),
    motivation,
    [TERM.color]: highlight.color,
    ...(body.length > 0 ? { body } : {}),
    target: [passageTarget(articleSource(article.id, article.file), highlight)]
  }
}

export function linkAnnotation(model: ExportModel, link: ExportLink, files: Map<string, string>): JsonObject {
  const end = (at: ExportLinkEnd) => passageTarget(articleSource(at.articleId, files.get(at.articleId) ?? null), at)
  return {
    id: linkUrn(link.id),
    type: 'Annotation',
    ...provenance(model, link.created, link.modified),
    motivation: 'linking',
    body: [{ type: 'TextualBody', value: link.kind, purpose: 'classifying' }, ...noteBody(link.note)],
    target: link.ends.map(end)
  }
}

/** One per confirmed or rejected theme; a theme only detected is not the user's work. */
export function themeAnnotations(model: ExportModel, article: ExportArticle): JsonObject[] {
  return article.themes.flatMap((theme) => {
    if (theme.verdict === null) return []
    const at = theme.decidedAt ?? model.generatedAt
    return [
      {
        id: themeUrn(article.id, theme.id),
        type: 'Annotation',
        ...provenance(model, at, at, theme.decidedBy ?? model.user),
        motivation: 'classifying',
        body: [{ type: 'TextualBody', value: theme.id, purpose: 'classifying', [TERM.verdict]: theme.verdict }],
        target: articleSource(article.id, article.file)
      }
    ]
  })
}

/** The article's memo as a note on the whole article (a page note, as Hypothesis calls it). */
export function memoAnnotation(model: ExportModel, article: ExportArticle): JsonObject[] {
  if (!article.memo) return []
  return [
    {
      id: memoUrn(article.id),
      type: 'Annotation',
      ...provenance(model, article.memo.created, article.memo.modified),
      motivation: 'commenting',
      body: noteBody(article.memo.text),
      target: articleSource(article.id, article.file)
    }
  ]
}

function provenance(model: ExportModel, created: string, modified: string, by = model.user): JsonObject {
  return {
    created,
    modified,
    creator: { type: 'Person', name: by },
    generator: GENERATOR,
    generated: model.generatedAt
  }
}
