// Which province an article names, from its title and lead: best effort, by rules that hold for
// any spelling the list gives rather than for the sample articles. Thai has no spaces, so a Thai
// name is found inside a run of text, and two rules keep it from matching part of another word:
// it may not start after a vowel written before its consonant (เ แ โ ใ ไ: the syllable began
// earlier), nor end before a vowel or tone mark (its last consonant belongs to another syllable).
// A name too short or common to stand alone (เว้, also "except") counts only after จังหวัด,
// นคร, เมือง or กรุง. Vietnamese names match as whole words, with or without diacritics.
import { fold } from '../../common/text/fold'
import type { ProvinceEntry } from './province-table'

const LEADING_VOWEL = /[\u0E40-\u0E44]/
/** A vowel or tone mark written after its consonant (ะ า ำ and those above or below, ่ ้ ๊ ๋ ็ ์). */
const isTrailingMark = (char: string | undefined) => {
  const code = char?.charCodeAt(0) ?? 0
  return (code >= 0x0e30 && code <= 0x0e3a) || code === 0x0e45 || (code >= 0x0e47 && code <= 0x0e4e)
}
const PREFIX_BEFORE = /(?:จังหวัด|นคร|เมือง|กรุง)\s*$/
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
/** Thai text is a space before folding: folding (NFD and back) every Thai character costs more than the match. */
const THAI_RUN = /\p{Script=Thai}+/gu

/** Latin text compared as lower-case words without diacritics, dashes and dots read as spaces. */
const latinForm = (text: string) =>
  ` ${fold(text.replace(THAI_RUN, ' '))
    .toLowerCase()
    .replace(/[\s\-–—.,;:()"'/]+/g, ' ')} `

export interface ProvinceMatcher {
  /** The index (in the list) of the province the first text naming one names first; -1 for none. */
  match(texts: readonly string[]): number
}

export function provinceMatcher(provinces: readonly ProvinceEntry[]): ProvinceMatcher {
  const thai = new Map<string, { index: number; needsPrefix: boolean }>()
  const latin = new Map<string, number>()
  provinces.forEach((province, index) => {
    for (const name of province.th)
      thai.set(name.normalize('NFC'), { index, needsPrefix: province.needsPrefix.includes(name) })
    for (const name of province.latin) latin.set(latinForm(name).trim(), index)
  })
  // Longest first, so that a name that holds another (เถื่อเทียนเว้, เว้) is tried whole. One
  // alternation: V8 scans it several times faster than a loop looking names up by first character.
  const thaiPattern = new RegExp(alternation(thai.keys()), 'g')
  const latinPattern = new RegExp(`(?<= )(?:${alternation(latin.keys())})(?= )`, 'g')

  const thaiIn = (text: string): number => {
    for (const found of text.matchAll(thaiPattern)) {
      const at = found.index
      const name = found[0]
      const entry = thai.get(name)
      if (!entry || LEADING_VOWEL.test(text[at - 1] ?? '') || isTrailingMark(text[at + name.length])) continue
      if (entry.needsPrefix && !PREFIX_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue
      return entry.index
    }
    return -1
  }
  const latinIn = (text: string): number => {
    for (const found of latinForm(text).matchAll(latinPattern)) {
      const index = latin.get(found[0])
      if (index !== undefined) return index
    }
    return -1
  }

  return {
    match(texts) {
      for (const raw of texts) {
        const text = raw.normalize('NFC').replace(INVISIBLE, '')
        const found = thaiIn(text)
        if (found >= 0) return found
        const named = latinIn(text)
        if (named >= 0) return named
      }
      return -1
    }
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')

/** Longest first; `(?!)`, which never matches, for no names (an empty alternation matches anywhere). */
const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|') || '(?!)'
