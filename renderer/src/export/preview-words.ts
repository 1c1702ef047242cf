// What the preview says besides the file's first lines: the counts as a sentence, and whether the
// scope holds nothing worth exporting (the themes matrix and the documents list have a row for
// every article, annotated or not, so only an empty scope is empty for them).
import type { ExportCounts, ExportFormat } from '../../../common/model/export'

const count = (n: number, one: string, many: string = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`

export function countsSentence(counts: ExportCounts): string {
  const parts = [
    count(counts.articles, 'article'),
    count(counts.highlights, 'highlight'),
    ...(counts.orphans > 0 ? [`${counts.orphans.toLocaleString('en')} orphaned`] : []),
    count(counts.links, 'link'),
    count(counts.memos, 'memo'),
    count(counts.themes, 'theme')
  ]
  return parts.join(' · ')
}

export function scopeHasNothing(counts: ExportCounts, format: ExportFormat): boolean {
  if (counts.articles === 0) return true
  if (format === 'themes-csv' || format === 'documents-csv') return false
  return counts.highlights + counts.links + counts.memos === 0
}

export const EMPTY_SCOPE = 'No highlights in this scope yet — highlight passages in the reader first.'
