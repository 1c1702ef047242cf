// Finds an ontology's cues in one paragraph. The paragraph is cut once by the text kernel and each
// of its words looks up only the cues that start with it, so the cost follows the text's length,
// not the ontology's size. A cue matches whole words only: `ควบรวม` never matches inside a word
// the kernel kept whole, such as a listed `ควบรวมกิจการ`.
import { segmentWords } from '../../common/text/kernel-words'
import { gapKey, wordKey, type CompiledCue, type CompiledOntology } from './compile-ontology'

export interface CueMatch {
  cue: CompiledCue
  /** UTF-16 offsets in the paragraph. */
  start: number
  end: number
}

interface Word {
  key: string
  start: number
  end: number
}

/** At most this much between two words of one cue (` - `, `, `): a cue never runs across a sentence. */
const MAX_GAP = 3

/** The theme cues found in `text`, outside their theme's notCues, the longest where one holds
 * another. `segments`: the kernel's segments of `text`, when the caller has already cut it. */
export function matchCues(text: string, ontology: CompiledOntology, segments = segmentWords(text)): CueMatch[] {
  const words: Word[] = []
  for (const segment of segments) {
    if (!segment.isWordLike) continue
    const start = segment.index
    words.push({ key: wordKey(segment.segment), start, end: start + segment.segment.length })
  }
  const found: CueMatch[] = []
  for (let i = 0; i < words.length; i++) {
    const candidates = ontology.byFirstWord.get((words[i] as Word).key)
    if (!candidates) continue
    for (const cue of candidates) {
      const end = matchEnd(text, words, i, cue)
      if (end >= 0) found.push({ cue, start: (words[i] as Word).start, end })
    }
  }
  return keepLongest(found.filter((match) => match.cue.not || !insideNotCue(match, found)))
}

/** The end offset of `cue` matched from word `at`, or -1. */
function matchEnd(text: string, words: Word[], at: number, cue: CompiledCue): number {
  if (at + cue.words.length > words.length) return -1
  for (let k = 0; k < cue.words.length; k++) {
    const word = words[at + k] as Word
    if (word.key !== cue.words[k]) return -1
    if (k === 0) continue
    const before = (words[at + k - 1] as Word).end
    const gap = cue.gaps[k - 1]
    if (
      word.start === before
        ? gap !== ''
        : word.start - before > MAX_GAP || gapKey(text.slice(before, word.start)) !== gap
    ) {
      return -1
    }
  }
  return (words[at + cue.words.length - 1] as Word).end
}

function insideNotCue(match: CueMatch, found: CueMatch[]): boolean {
  return found.some(
    (other) =>
      other.cue.not && other.cue.theme === match.cue.theme && other.start < match.end && match.start < other.end
  )
}

/** Drops notCues, and per theme a cue inside a longer one (`ปรับโครงสร้าง` in `การปรับโครงสร้างองค์กร`):
 * the words are one mention. Cues that only overlap are two (`จัดระเบียบกลไก`, `กลไกของระบบการเมือง`). */
function keepLongest(found: CueMatch[]): CueMatch[] {
  const cues = found.filter((match) => !match.cue.not)
  return cues.filter(
    (match) =>
      !cues.some(
        (other) =>
          other !== match &&
          other.cue.theme === match.cue.theme &&
          other.start <= match.start &&
          match.end <= other.end &&
          (other.end - other.start > match.end - match.start || other.cue.weight > match.cue.weight)
      )
  )
}
