// Which cues might start at a word, asked of every word the index reads (theme detection runs in
// its pass). Two shortcuts, built once per compiled ontology: a table of the first two Thai letters
// of each cue's first word turns most words away before any map is asked (a Thai word is its own
// key: wordKey), and cues are kept by their second word too, since fifty cues start with `การ`,
// one of the commonest words, and trying each of them at every `การ` doubled detection's cost.
import { wordKey, type CompiledCue, type CompiledOntology } from './compile-ontology'

/** Thai's block of code units, U+0E00–U+0E7F: a pair of them indexes the table of first pairs. */
const thaiOffset = (code: number) => (code >= 0x0e00 && code <= 0x0e7f ? code - 0x0e00 : -1)

interface FirstWordCues {
  /** The one-word cues, in the ontology's order (longest first). */
  singles: CompiledCue[]
  /** By second word: the cues with that second word and the one-word cues, in the same order. */
  bySecond: Map<string, CompiledCue[]>
}

export class CueLookup {
  private readonly pairs = new Uint8Array(128 * 128)
  private readonly byFirst = new Map<string, FirstWordCues>()

  constructor(ontology: CompiledOntology) {
    for (const [first, cues] of ontology.byFirstWord) {
      const [a, b] = [thaiOffset(first.charCodeAt(0)), thaiOffset(first.charCodeAt(1))]
      if (a >= 0 && b >= 0) this.pairs[a * 128 + b] = 1
      const seconds = new Set(cues.flatMap((cue) => cue.words.slice(1, 2)))
      const bySecond = new Map(
        [...seconds].map((second) => [second, cues.filter((cue) => cue.words.length === 1 || cue.words[1] === second)])
      )
      this.byFirst.set(first, { singles: cues.filter((cue) => cue.words.length === 1), bySecond })
    }
  }

  /** The cues that might match from a word followed by `next` (undefined at the paragraph's end). */
  candidates(word: string, next: string | undefined): readonly CompiledCue[] {
    const [a, b] = [thaiOffset(word.charCodeAt(0)), thaiOffset(word.charCodeAt(1))]
    if (a >= 0 && b >= 0 && this.pairs[a * 128 + b] !== 1) return NONE
    const cues = this.byFirst.get(wordKey(word))
    if (!cues) return NONE
    return (next !== undefined && cues.bySecond.get(wordKey(next))) || cues.singles
  }
}

const NONE: readonly CompiledCue[] = []
const lookups = new WeakMap<CompiledOntology, CueLookup>()

export function cueLookupOf(ontology: CompiledOntology): CueLookup {
  let lookup = lookups.get(ontology)
  if (!lookup) lookups.set(ontology, (lookup = new CueLookup(ontology)))
  return lookup
}
