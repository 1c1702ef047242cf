// The themes view's matrix as the API answers it: one row per article, one column per theme,
// in parallel arrays with each cell packed in one integer, so that 10,000 articles by ten themes
// travel as numbers (about a megabyte of JSON) rather than as 100,000 objects.
import type { ThemeVerdict } from './theme-decision'

/** A province the matrix groups by, as resources/vietnam-provinces.json names it. */
export interface ProvinceLabel {
  id: string
  /** Vietnamese name (`Hà Giang`) and the Thai spelling shown (`ห่าซาง`). */
  vi: string
  th: string
  /** Since 1 July 2025 part of this province (its id); null when it still stands. */
  mergedInto: string | null
}

export interface ThemeMatrix {
  /** The columns: theme ids in the ontology's order. */
  themes: string[]
  /** The rows, in the library's order: article ids, dates (`YYYY-MM-DD` or null), years (a date's,
   * or the header's year alone), outlets and provinces (indexes into `outlets` and `provinces`, -1 none). */
  ids: string[]
  dates: (string | null)[]
  years: (number | null)[]
  outlets: number[]
  provinces: number[]
  outletNames: string[]
  provinceLabels: ProvinceLabel[]
  /** Row-major, `ids.length × themes.length`: see `packCell`. */
  cells: number[]
  /** Articles in the library that the index has not analysed yet (their cells are empty). */
  pending: number
}

export interface MatrixCell {
  /** 0..1; 0 when the article has no cue of the theme. */
  strength: number
  /** Shown as the article's theme by detection (above its threshold). */
  detected: boolean
  verdict: ThemeVerdict | null
}

const VERDICT_CODES: Array<ThemeVerdict | null> = [null, 'confirmed', 'rejected']

/** Strength in thousandths, times 8, plus 4 if detected, plus the verdict's code (0 none, 1 ✓, 2 ✗). */
export function packCell({ strength, detected, verdict }: MatrixCell): number {
  const thousandths = Math.max(0, Math.min(1000, Math.round(strength * 1000)))
  return thousandths * 8 + (detected ? 4 : 0) + VERDICT_CODES.indexOf(verdict)
}

export function unpackCell(cell: number): MatrixCell {
  return {
    strength: Math.floor(cell / 8) / 1000,
    detected: (cell & 4) !== 0,
    verdict: VERDICT_CODES[cell & 3] ?? null
  }
}

export const cellStrength = (cell: number): number => Math.floor(cell / 8) / 1000
export const cellVerdict = (cell: number): ThemeVerdict | null => VERDICT_CODES[cell & 3] ?? null

/** Whether the cell counts the article as carrying the theme: the user's verdict wins over detection. */
export function cellCarries(cell: number): boolean {
  const verdict = cellVerdict(cell)
  return verdict === 'confirmed' || (verdict === null && (cell & 4) !== 0)
}
