// Finds an ontology's cues in one paragraph. The paragraph is cut once by the text kernel and each
// of its words looks up only the cues that start with it, so the cost follows the text's length,
// not the ontology's size. A cue matches whole words only: `ควบรวม` never matches inside a word
// the kernel kept whole, such as a listed `ควบรวมกิจการ`.
import type { WordSegment } from '../../common/text/domain-words'
import { segmentWords } from '../../common/text/kernel-words'
import { gapKey, wordKey, type CompiledCue, type CompiledOntology } from './compile-ontology'
import { cueLookupOf } from './cue-lookup'

export interface CueMatch {
  cue: CompiledCue
  /** UTF-16 offsets in the paragraph. */
  start: number
  end: number
}

/** At most this much between two words of one cue (` - `, `, `): a cue never runs across a sentence. */
const MAX_GAP = 3

/** The theme cues found in `text`, outside their theme's notCues, the longest where one holds
 * another. `segments`: the kernel's segments of `text`, when the caller has already cut it. */
export function matchCues(text: string, ontology: CompiledOntology, segments = segmentWords(text)): CueMatch[] {
  // The index pass hands over words only: no copy, and no object per word, which cost a tenth of detection.
  const words = segments.every((segment) => segment.isWordLike) ? segments : segments.filter((s) => s.isWordLike)
  const found: CueMatch[] = []
  const lookup = cueLookupOf(ontology)
  for (let i = 0; i < words.length; i++) {
    for (const cue of lookup.candidates((words[i] as WordSegment).segment, words[i + 1]?.segment)) {
      const end = matchEnd(text, words, i, cue)
      if (end >= 0) found.push({ cue, start: (words[i] as WordSegment).index, end })
    }
  }
  return keepLongest(found.filter((match) => match.cue.not || !insideNotCue(match, found)))
}

const endOf = (word: WordSegment) => word.index + word.segment.length

/** The end offset of `cue` matched from word `at` (whose key matched its first word), or -1. */
function matchEnd(text: string, words: readonly WordSegment[], at: number, cue: CompiledCue): number {
  if (at + cue.words.length > words.length) return -1
  for (let k = 1; k < cue.words.length; k++) {
    const word = words[at + k] as WordSegment
    if (wordKey(word.segment) !== cue.words[k]) return -1
    const before = endOf(words[at + k - 1] as WordSegment)
    const gap = cue.gaps[k - 1]
    if (
      word.index === before
        ? gap !== ''
        : word.index - before > MAX_GAP || gapKey(text.slice(before, word.index)) !== gap
    ) {
      return -1
    }
  }
  return endOf(words[at + cue.words.length - 1] as WordSegment)
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
