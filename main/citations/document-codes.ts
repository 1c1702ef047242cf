// Document codes as the articles write them, in one canonical form. Party documents are
// `number-KIND/ISSUER` (`18-NQ/TW`, `08-QĐi/TW`, `01-KH/BCĐ`); state documents put the number
// first, then an optional year, then `KIND-ISSUER` (`178/2024/NĐ-CP`, `06/QĐ-TTg`) or, for the
// National Assembly, only the legislature (`45/2019/QH14`). Translations lower-case them, drop
// the Đ (`12-QD/TU`), write TƯ for TW and space the dash (`18 - NQ/TW`): the canonical id is the
// code as the issuer writes it, so every spelling of one document lands on one id.

/** Party kinds, as the issuer writes them (Guidance 36-HD/VPTW), keyed by their spelling without Đ. */
const PARTY_KINDS = canonicalByKey([
  'NQ',
  'KL',
  'CT',
  'QĐ',
  'QĐi',
  'QyĐ',
  'HD',
  'KH',
  'TB',
  'BC',
  'CV',
  'PA',
  'ĐA',
  'CTr',
  'TTr',
  'QC',
  'BB'
])
/** State kinds that stand before the issuer in `N/KIND-ISSUER`. */
const STATE_KINDS = canonicalByKey(['NQ', 'NĐ', 'QĐ', 'TT', 'TTLT', 'CT', 'CĐ', 'KH', 'TB', 'CV', 'L'])
/** Issuers not written in plain capitals (a Đ a translation may drop, the Prime Minister's `TTg`);
 * any other issuer is upper-cased. */
const ISSUERS = canonicalByKey([
  'ĐU',
  'BCĐ',
  'BCSĐ',
  'ĐTN',
  'ĐUQSTW',
  'ĐUCA',
  'ĐUK',
  'HĐND',
  'TTg',
  'BKHĐT',
  'BGDĐT',
  'BLĐTBXH'
])

const LETTERS = String.raw`[A-Za-zĐđƯư]`
const PARTY_CODE = String.raw`(\d{1,4}[a-z]?)\s*[-–]\s*(${LETTERS}{1,4})\s*\/\s*(${LETTERS}{1,8})`
const STATE_CODE = String.raw`(\d{1,5}[a-z]?)\s*\/\s*(?:((?:19|20)\d\d)\s*\/\s*)?(${LETTERS}{1,4})\s*[-–]\s*(${LETTERS}{1,8}\d{0,2})`
const ASSEMBLY_CODE = String.raw`(\d{1,4})\s*\/\s*((?:19|20)\d\d)\s*\/\s*(QH\d{1,2})`

/** Every code, in text order; the lookarounds keep dates (`28/02/2025`), ranges and URLs out. */
export const DOCUMENT_CODE = new RegExp(
  String.raw`(?<![\p{L}\d\/.])(?:${PARTY_CODE}|${STATE_CODE}|${ASSEMBLY_CODE})(?![\p{L}\d]|\/\p{L})`,
  'gu'
)

export interface DocumentCode {
  /** The code as the issuer writes it. */
  id: string
  /** The kind as written in the code; an Assembly code's `QH` until the context says law or resolution. */
  kind: string
  number: string
  issuer: string
  /** The year written in a state code (`178/2024/NĐ-CP`), if any. */
  year: number | null
}

/** The canonical code of a DOCUMENT_CODE match, or null when its kind is no document kind. */
export function readDocumentCode(match: RegExpExecArray): DocumentCode | null {
  const [, pNumber, pKind, pIssuer, sNumber, sYear, sKind, sIssuer, aNumber, aYear, aIssuer] = match
  if (pNumber && pKind && pIssuer) {
    const kind = PARTY_KINDS.get(keyOf(pKind))
    if (!kind) return null
    const number = /^\d$/.test(pNumber) ? `0${pNumber}` : pNumber.toLowerCase()
    const issuer = canonicalIssuer(pIssuer)
    return { id: `${number}-${kind}/${issuer}`, kind, number, issuer, year: null }
  }
  if (sNumber && sKind && sIssuer) {
    const kind = STATE_KINDS.get(keyOf(sKind))
    if (!kind) return null
    const issuer = canonicalIssuer(sIssuer)
    const year = sYear ? `/${sYear}` : ''
    return {
      id: `${sNumber}${year}/${kind}-${issuer}`,
      kind,
      number: sNumber,
      issuer,
      year: sYear ? Number(sYear) : null
    }
  }
  if (aNumber && aYear && aIssuer) {
    const issuer = aIssuer.toUpperCase()
    return { id: `${aNumber}/${aYear}/${issuer}`, kind: 'QH', number: aNumber, issuer, year: Number(aYear) }
  }
  return null
}

/** `TƯ` and `tu` are written for TW and TU alike; only the upper-cased Ư is the Central Committee. */
function canonicalIssuer(written: string): string {
  if (written === 'TƯ' || written === 'Tư') return 'TW'
  return ISSUERS.get(keyOf(written)) ?? written.toUpperCase()
}

/** Upper case without Đ or Ư: how a code is looked up whichever way it was written. */
function keyOf(written: string): string {
  return written.replace(/[Đđ]/g, 'D').replace(/[Ưư]/g, 'U').toUpperCase()
}

function canonicalByKey(codes: string[]): Map<string, string> {
  return new Map(codes.map((code) => [keyOf(code), code]))
}
