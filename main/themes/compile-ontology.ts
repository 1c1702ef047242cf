// The theme ontology prepared once for detection: validated, each cue and notCue cut by the text
// kernel into the word sequence detection compares against the article's words, and indexed by
// first word so that detection looks up only the cues that can start at a word. Compile after
// installDomainWords: a cue is cut with the word list installed at compile time, and must be cut
// the way the article text is.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import { themeOntologySchema, type ThemeOntology } from '../../common/model/intelligence-data'
import type { WordSegment } from '../../common/text/domain-words'
import { segmentWords } from '../../common/text/kernel-words'
import { fold } from '../../common/text/fold'

export interface CompiledCue {
  /** The cue as the ontology writes it. */
  text: string
  weight: number
  /** Its words as compared: lower-cased, Vietnamese diacritics folded. */
  words: string[]
  /** What the cue writes between each word and the next, as compared (see gapKey): `ขอ-ให้` wants
   * its dash, so the everyday `ขอให้` is not that cue. */
  gaps: string[]
  /** Index of its theme in `CompiledOntology.themes`. */
  theme: number
  /** A notCue: where it matches, the theme's cues inside it do not count. */
  not: boolean
}

export interface CompiledTheme {
  id: string
  relatedDocuments: string[]
}

export interface CompiledOntology {
  /** Short hash of the ontology's JSON: a suggestion records which ontology produced it. */
  version: string
  themes: CompiledTheme[]
  /** Cues and notCues by their first word, longest first. */
  byFirstWord: Map<string, CompiledCue[]>
}

/** How a word is compared: case and Vietnamese diacritics do not matter, Thai is left as is. */
export function wordKey(word: string): string {
  const first = word.charCodeAt(0)
  if (first >= 0x0e00 && first <= 0x0e7f) return word // a Thai word, as the kernel cuts them
  const lower = word.toLowerCase()
  // fold() normalises twice; most other words are ASCII and need none of it.
  return /[\u0080-\u0dff\u0e80-\uffff]/.test(lower) ? fold(lower) : lower
}

/** How what lies between two words is compared: spaces do not matter, punctuation does. */
export function gapKey(gap: string): string {
  return gap.replace(/\s+/g, '').replace(/[–—]/g, '-')
}

/** The kernel's words of a cue, as detection compares them, and what lies between them. */
export function cueWords(text: string): { words: string[]; gaps: string[] } {
  const normal = text.normalize('NFC')
  const words = segmentWords(normal).filter((segment) => segment.isWordLike)
  return {
    words: words.map((segment) => wordKey(segment.segment)),
    gaps: words.slice(1).map((segment, k) => {
      const before = words[k] as WordSegment
      return gapKey(normal.slice(before.index + before.segment.length, segment.index))
    })
  }
}

/** Short hash of the ontology's JSON: any edit the user makes gives another version, which each
 * suggestion records (theme decisions keep it, so a reviewer can tell which ontology suggested). */
export function ontologyVersion(ontology: ThemeOntology): string {
  return createHash('sha256').update(JSON.stringify(ontology)).digest('hex').slice(0, 12)
}

/** Validates `raw` as an ontology (throws a ZodError saying what is wrong) and prepares it. */
export function compileOntology(raw: unknown): CompiledOntology {
  const ontology: ThemeOntology = themeOntologySchema.parse(raw)
  const byFirstWord = new Map<string, CompiledCue[]>()
  const add = (cue: CompiledCue) => {
    const first = cue.words[0]
    if (first === undefined) return
    const list = byFirstWord.get(first) ?? []
    list.push(cue)
    byFirstWord.set(first, list)
  }
  ontology.themes.forEach((theme, index) => {
    for (const cue of theme.cues)
      add({ text: cue.text, weight: cue.weight, ...cueWords(cue.text), theme: index, not: false })
    for (const text of theme.notCues) add({ text, weight: 0, ...cueWords(text), theme: index, not: true })
  })
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
  return {
    version: ontologyVersion(ontology),
    themes: ontology.themes.map((theme) => ({ id: theme.id, relatedDocuments: theme.relatedDocuments })),
    byFirstWord
  }
}

/** Reads and compiles an ontology file (the shipped resources/themes-ontology.json or the user's). */
export function loadOntology(path: string): CompiledOntology {
  return compileOntology(JSON.parse(readFileSync(path, 'utf8')))
}
