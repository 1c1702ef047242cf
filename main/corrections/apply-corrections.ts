// The one place a user's corrections are laid over what the parser read: every summary and article
// that leaves main (list, summaries, article, exports) goes through here, so a view, a filter and
// an export all say what the user said. A corrected field is certain (confidence 1) and carries the
// parser's reading beside it; a field the parser was unsure of and the user left alone makes the
// article "need a look".
import type { Article, ArticleHeader, ArticleSummary } from '../../common/model/article-types'
import { unsureFields, type ArticleCorrection, type CorrectionMarks } from '../../common/model/article-correction'

/** The parser left a field empty or guessed it, and the user has not corrected it. */
export function needsLook(header: ArticleHeader, corrected: CorrectionMarks = {}): boolean {
  return unsureFields(header, corrected).length > 0
}

export function applyCorrection(summary: ArticleSummary, correction: ArticleCorrection | undefined): ArticleSummary {
  if (!correction) return { ...summary, needsLook: needsLook(summary) }
  const { title, outlet, date, sourceUrl } = correction.fields
  const marks: CorrectionMarks = {}
  const mark = (parsed: string | null, value: { by: string; at: string }) => ({ parsed, by: value.by, at: value.at })
  const applied: ArticleSummary = { ...summary }
  if (title) {
    marks.title = mark(summary.title, title)
    Object.assign(applied, {
      title: title.value,
      titleDerived: false,
      titleConfidence: 1,
      titleHow: 'corrected by you'
    })
  }
  if (outlet) {
    marks.outlet = mark(summary.outlet, outlet)
    Object.assign(applied, { outlet: outlet.value, outletConfidence: 1 })
  }
  if (date) {
    marks.date = mark(summary.date, date)
    Object.assign(applied, { date: date.value, dateConfidence: 1, year: Number(date.value.slice(0, 4)) })
  }
  if (sourceUrl) {
    marks.sourceUrl = mark(summary.sourceUrl, sourceUrl)
    applied.sourceUrl = sourceUrl.value
  }
  return { ...applied, corrected: marks, needsLook: needsLook(summary, marks) }
}

/** Looks corrections up by article id: the store's map, or any other. */
export type CorrectionLookup = (articleId: string) => ArticleCorrection | undefined

export function applyToSummaries(summaries: ArticleSummary[], lookup: CorrectionLookup): ArticleSummary[] {
  return summaries.map((summary) => applyCorrection(summary, lookup(summary.id)))
}

export function applyToArticle(article: Article | undefined, lookup: CorrectionLookup): Article | undefined {
  return article && { ...article, summary: applyCorrection(article.summary, lookup(article.summary.id)) }
}
