// Party and state document numbers (`18-NQ/TW`: number, kind, issuer, in Vietnamese upper-case
// abbreviations, Đ included) in one canonical form, for the index, the query and (later)
// citations, whichever way they are written or typed: `18 - NQ/TW`, `18-nq/tw`, `18/NQ-TW` and
// `18 NQ TW` are `18-nq/tw`; without the issuer (`NQ 18`, `NQ18`, `Nghị quyết 18`, `nghi quyet 18`)
// a number names every document of that kind and number, `18-nq`, which each full form carries
// beside it so that the short form finds it.
import { fold } from './fold'

const KIND = String.raw`[A-Za-zĐđ]{1,5}`
const ISSUER = String.raw`[A-Za-zĐđƯư]{1,5}`
/** The kinds a number alone may be cited with (`NQ 18`, `18 NQ TW`): without a dash or slash, a known kind only. */
const KNOWN_KINDS = String.raw`NQ|KL|CT|QĐi|QĐ|QD|HD|HĐ|KH|TB|BC|CV|PA|ĐA|CTr|NĐ|ND|TT`
/** A resolution, directive, conclusion or decision named in words. */
const NAMED_KINDS: Record<string, string> = {
  'nghi quyet': 'nq',
  'chi thi': 'ct',
  'ket luan': 'kl',
  'quyet dinh': 'qd'
}

/**
 * A document number as written or typed; the alternatives are tried in this order at each place:
 * `18-NQ/TW` (the issuer's own form, dash and slash in either order), `18 NQ TW`, `NQ 18` and
 * `Nghị quyết (số) 18`.
 */
export const DOCUMENT_NUMBER = new RegExp(
  [
    String.raw`(\d{1,4})\s*[-–]\s*(${KIND})\s*\/\s*(${ISSUER})`,
    // Not inside a state document's `178/2024/NĐ-CP` (its year is no document number).
    String.raw`(?<![\d/])(\d{1,4})\s*\/\s*(${KIND})\s*[-–]\s*(${ISSUER})(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])(\d{1,4})\s+(${KNOWN_KINDS})\s+(TW|TU|HU|ĐU|CP|TTg)(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])(${KNOWN_KINDS})\s*-?\s*(\d{1,4})(?![\p{L}\d])`,
    String.raw`(?<![\p{L}\d])(ngh[iị] quy[eếệ]t|ch[iỉ] th[iị]|k[eế]t lu[aậ]n|quy[eế]t [dđ][iị]nh)\s+(?:s[oố]\s+)?(\d{1,4})(?![\p{L}\d\-–/])`
  ].join('|'),
  'giu'
)

/** A number typed up to its kind (`57-NQ`, `57-NQ/`), at the end of a query being typed. */
export const PARTIAL_DOCUMENT_NUMBER = /(\d{1,4})\s*[-–]\s*([A-Za-zĐđ]{1,5})(?:\s*\/)?\s*$/

export interface DocumentToken {
  /** `18-nq/tw`, or `18-nq` where no issuer is written. */
  canonical: string
  /** `18-nq` beside a full form: what a number cited without its issuer finds. */
  short?: string
}

/** The canonical token of a DOCUMENT_NUMBER match. */
export function documentToken(match: RegExpMatchArray): DocumentToken {
  const [, n1, k1, i1, n2, k2, i2, n3, k3, i3, k4, n4, named, n5] = match
  const full = (number?: string, kind?: string, issuer?: string) =>
    number && kind && issuer
      ? { canonical: canonicalDocument(number, kind, issuer), short: canonicalPrefix(number, kind) }
      : null
  const found = full(n1, k1, i1) ?? full(n2, k2, i2) ?? full(n3, k3, i3)
  if (found) return found
  if (k4 && n4) return { canonical: canonicalPrefix(n4, k4) }
  const kind = NAMED_KINDS[fold(named ?? '').toLowerCase()] ?? 'nq'
  return { canonical: `${Number(n5)}-${kind}` }
}

/** `18 - NQ/TW` → `18-nq/tw`. */
export function canonicalDocument(number: string, kind: string, issuer: string): string {
  return `${canonicalPrefix(number, kind)}/${fold(issuer).toLowerCase()}`
}

/** `57 - NQ` → `57-nq`: the start of the canonical form, for a number still being typed. */
export function canonicalPrefix(number: string, kind: string): string {
  return `${Number(number)}-${fold(kind).toLowerCase()}`
}
