// An import's answer as the sentences the dialog shows: what was added, updated and left as it
// was, the codebook and theme verdicts it brought, and each passage that found no place.
import type { ImportSummary } from '../../../common/model/export'

const count = (n: number, one: string, many: string = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`

const FORMAT_NAMES: Record<ImportSummary['format'], string> = {
  w3c: 'W3C annotations',
  qdc: 'REFI-QDA codebook',
  qdpx: 'REFI-QDA project'
}

export interface ImportSummaryText {
  /** "12 annotations added, 0 updated, 3 unchanged; 2 tags added." */
  headline: string
  /** "1 passage could not be placed:" with the list below it; null when every passage was placed. */
  orphanedHeading: string | null
}

export function importSummaryText(summary: ImportSummary): ImportSummaryText {
  const parts = [
    `${count(summary.added, 'annotation')} added, ${summary.updated.toLocaleString('en')} updated, ` +
      `${summary.unchanged.toLocaleString('en')} unchanged`
  ]
  if (summary.tagsAdded > 0) parts.push(`${count(summary.tagsAdded, 'tag')} added`)
  if (summary.themeDecisions > 0) parts.push(`${count(summary.themeDecisions, 'theme verdict')} written`)
  const orphans = summary.orphaned.length
  return {
    headline: `From the ${FORMAT_NAMES[summary.format]}: ${parts.join('; ')}.`,
    orphanedHeading: orphans === 0 ? null : `${count(orphans, 'passage')} could not be placed:`
  }
}
