// What the preview says besides the file's first lines: the counts as a sentence, and whether the
// scope holds nothing worth exporting (the themes matrix and the documents list have a row for
// every article, annotated or not, so only an empty scope is empty for them).
import type { TFunction } from 'i18next'
import type { ExportCounts, ExportFormat } from '../../../common/model/export'

export function countsSentence(counts: ExportCounts, t: TFunction<'export'>): string {
  const count = (key: 'articles' | 'highlights' | 'links' | 'memos' | 'themes' | 'orphans') =>
    t(`counts.${key}`, { count: counts[key], n: counts[key].toLocaleString('en') })
  const parts = [
    count('articles'),
    count('highlights'),
    ...(counts.orphans > 0 ? [count('orphans')] : []),
    count('links'),
    count('memos'),
    count('themes')
  ]
  return parts.join(' · ')
}

export function scopeHasNothing(counts: ExportCounts, format: ExportFormat): boolean {
  if (counts.articles === 0) return true
  if (format === 'themes-csv' || format === 'documents-csv') return false
  return counts.highlights + counts.links + counts.memos === 0
}
