// How a citation's resolution and the user's verdict on it read: "resolved by context, 60 %".

import type { TFunction } from 'i18next'
import type { CitationDecision, DocumentEntry } from '../../../common/model/documents'

type T = TFunction<'documents'>

const BY = ['unique', 'date', 'context', 'same-article', 'known-unique', 'user'] as const
const isKnownWay = (by: string): by is (typeof BY)[number] => (BY as readonly string[]).includes(by)

export function resolutionWords(by: string | null, confidence: number, t: T): string {
  if (by === null) return t('notResolved')
  const way = isKnownWay(by) ? t(`resolvedBy.${by}`) : by
  return t('resolution', { way, percent: Math.round(confidence * 100) })
}

export function verdictWords(decision: CitationDecision, known: (key: string) => string | null, t: T): string {
  if (decision.verdict === 'confirmed') return t('verdictConfirmed')
  if (decision.verdict === 'rejected') return t('verdictRejected')
  return t('verdictCorrected', {
    document: decision.document ? (known(decision.document) ?? decision.document) : '?'
  })
}

/** `NQ/TW · XIII · 2022-06-16`: what kind of document, whose, and when. */
export function documentFacts(entry: DocumentEntry, t: T): string {
  const kind = entry.issuer ? `${entry.kind}/${entry.issuer}` : entry.kind
  return [kind, entry.issuerName, entry.term && t('term', { term: entry.term }), entry.date].filter(Boolean).join(' · ')
}

export function documentName(entry: DocumentEntry, t: T): string {
  if (entry.code) return entry.code
  return t('thaiReference', { kind: entry.kind, number: entry.number })
}
