// How a citation's resolution and the user's verdict on it read: "resolved by context, 60 %".

import type { CitationDecision, DocumentEntry } from '../../../common/model/documents'

const BY: Record<string, string> = {
  unique: 'the only known document with this code',
  date: 'told apart by the date or term cited',
  context: 'resolved by context',
  'same-article': 'matched to a code in the same article',
  'known-unique': 'the only known document of this kind and number',
  user: 'your verdict'
}

export function resolutionWords(by: string | null, confidence: number): string {
  if (by === null) return 'not resolved'
  return `${BY[by] ?? by}, ${Math.round(confidence * 100)} %`
}

export function verdictWords(decision: CitationDecision, known: (key: string) => string | null): string {
  if (decision.verdict === 'confirmed') return 'Confirmed by you'
  if (decision.verdict === 'rejected') return 'Not this document (your verdict)'
  return `Corrected by you to ${decision.document ? (known(decision.document) ?? decision.document) : '?'}`
}

/** `NQ/TW · XIII · 2022-06-16`: what kind of document, whose, and when. */
export function documentFacts(entry: DocumentEntry): string {
  const kind = entry.issuer ? `${entry.kind}/${entry.issuer}` : entry.kind
  return [kind, entry.issuerName, entry.term && `term ${entry.term}`, entry.date].filter(Boolean).join(' · ')
}

export function documentName(entry: DocumentEntry): string {
  if (entry.code) return entry.code
  return `${entry.kind} ${entry.number} (Thai reference)`
}
