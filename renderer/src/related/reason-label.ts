// Why a passage is related, as the panel says it: "cites 18-NQ/TW", "theme: Streamlining the
// apparatus" (the ontology's label, the id while labels load), with a check for a confirmed theme.
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import type { TFunction } from 'i18next'
import type { RelatedReason } from '../../../common/model/related'

export type ThemeLabels = ReadonlyMap<string, ThemeLabel['label']>

export function reasonLabel(reason: RelatedReason, labels: ThemeLabels, t: TFunction<'related'>): string {
  if (reason.kind === 'document') return t('reasonCites', { code: reason.code })
  const label = labels.get(reason.theme)?.en ?? reason.theme
  return t(reason.confirmed ? 'reasonThemeConfirmed' : 'reasonTheme', { label })
}

/** The snippet with an ellipsis where text was left out. */
export function snippetText(snippet: string, clipped: { before: boolean; after: boolean }): string {
  return `${clipped.before ? '… ' : ''}${snippet}${clipped.after ? ' …' : ''}`
}
