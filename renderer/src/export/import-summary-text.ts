// An import's answer as the sentences the dialog shows: what was added, updated and left as it
// was, the codebook and theme verdicts it brought, and each passage that found no place.
import type { TFunction } from 'i18next'
import type { ImportSummary } from '../../../common/model/export'

export interface ImportSummaryText {
  /** "12 annotations added, 0 updated, 3 unchanged; 2 tags added." */
  headline: string
  /** "1 passage could not be placed:" with the list below it; null when every passage was placed. */
  orphanedHeading: string | null
}

export function importSummaryText(summary: ImportSummary, t: TFunction<'export'>): ImportSummaryText {
  const n = (value: number) => value.toLocaleString('en')
  const parts = [
    t('importAnnotations', {
      count: summary.added,
      n: n(summary.added),
      updated: n(summary.updated),
      unchanged: n(summary.unchanged)
    })
  ]
  if (summary.tagsAdded > 0) parts.push(t('importTags', { count: summary.tagsAdded, n: n(summary.tagsAdded) }))
  if (summary.themeDecisions > 0)
    parts.push(t('importVerdicts', { count: summary.themeDecisions, n: n(summary.themeDecisions) }))
  const orphans = summary.orphaned.length
  return {
    headline: t('importHeadline', { source: t(`importSources.${summary.format}`), parts: parts.join('; ') }),
    orphanedHeading: orphans === 0 ? null : t('importOrphans', { count: orphans, n: n(orphans) })
  }
}
