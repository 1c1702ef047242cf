// What an import did, said in the interface's language: counts, unreadable files, and the files
// whose very long lines the parser split (so the user knows why "show original" marks cuts).
import type { TFunction } from 'i18next'
import type { ImportReport } from '../../../common/model/app-status'

/** What an import did, in sentences (`t` passed in so a test can give a fake). */
export function describe(report: ImportReport, t: TFunction<'library'>): string {
  if (report.cancelled) return t('import.cancelled')
  if (report.error) return report.error
  const parts = [
    t('import.added', { count: report.added }),
    report.changed ? t('import.changed', { count: report.changed }) : '',
    report.unchanged ? t('import.unchanged', { count: report.unchanged }) : ''
  ]
  const long = report.longLineFiles ?? []
  const listed = `${long.slice(0, 3).join(', ')}${long.length > 3 ? ', …' : ''}`
  const where = long.length === 1 ? long[0] : t('import.longFiles', { n: long.length, list: listed })
  return [
    t('import.summary', { parts: parts.filter(Boolean).join(t('import.join')) }),
    report.unreadable ? t('import.unreadable', { count: report.unreadable }) : '',
    long.length ? t('import.longLines', { where }) : ''
  ]
    .filter(Boolean)
    .join(' ')
}
