// Party and state document numbers (`18-NQ/TW`: number, kind, issuer, in Vietnamese upper-case
// abbreviations, Đ included) in one canonical form, so `18 - NQ/TW` and `18-nq/tw` are one token
// for the index, the query and (later) citations.
import { fold } from './fold'

/** A whole number as written in the text. */
export const DOCUMENT_NUMBER = /(\d{1,4})\s*[-–]\s*([A-Za-zĐđ]{1,5})\s*\/\s*([A-Za-zĐđ]{1,5})/g

/** A number typed up to its kind (`57-NQ`, `57-NQ/`), at the end of a query being typed. */
export const PARTIAL_DOCUMENT_NUMBER = /(\d{1,4})\s*[-–]\s*([A-Za-zĐđ]{1,5})(?:\s*\/)?\s*$/

/** `18 - NQ/TW` → `18-nq/tw`. */
export function canonicalDocument(number: string, kind: string, issuer: string): string {
  return `${canonicalPrefix(number, kind)}/${fold(issuer).toLowerCase()}`
}

/** `57 - NQ` → `57-nq`: the start of the canonical form, for a number still being typed. */
export function canonicalPrefix(number: string, kind: string): string {
  return `${Number(number)}-${fold(kind).toLowerCase()}`
}
