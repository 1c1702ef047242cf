// The word list the kernel cuts with, installed in each process that segments text (main, each
// search worker, the renderer) from the same list, at launch and again when the user adds or
// removes a word, so that the index, the query, selection snapping and find all cut the same text
// the same way. Without one installed, ICU's cuts stand.
import { DomainLexicon, type WordSegment } from './domain-words'
import { wordSegmenter } from './segmenters'

let lexicon: DomainLexicon | null = null
let key = 'icu'
let installed: readonly string[] = []

/** Segments with these words from now on (an empty list: ICU alone). */
export function installDomainWords(words: readonly string[]): void {
  const sorted = [...new Set(words.map((word) => word.normalize('NFC').trim()).filter(Boolean))].sort()
  lexicon = sorted.length > 0 ? new DomainLexicon(sorted) : null
  key = sorted.length > 0 ? `words-${sorted.length}-${fnv1a(sorted.join('\n'))}` : 'icu'
  installed = Object.freeze(sorted)
}

/** The list installed, normalised, without repeats and sorted: what an index saved under it records,
 * so that a later list can be compared with it word by word (main/lexicon/word-list-change.ts). */
export function installedDomainWords(): readonly string[] {
  return installed
}

/**
 * Names the list installed: an index built under another key was cut differently where its texts
 * hold a word added or removed (those documents are indexed again; the others keep their cuts).
 */
export function domainWordsKey(): string {
  return key
}

/** The kernel's segments of `text` (words and what lies between them), in order. */
export function segmentWords(text: string): WordSegment[] {
  if (lexicon) return lexicon.segment(text)
  return Array.from(wordSegmenter.segment(text), ({ segment, index, isWordLike }) => ({
    segment,
    index,
    isWordLike: isWordLike === true
  }))
}

export interface WordSpan {
  /** UTF-16 offsets in the text segmented. */
  start: number
  end: number
  text: string
}

/** The words of `text` (not spaces or punctuation), in order. Segment whole paragraphs: ICU's
 * boundaries depend on context, so a fragment can be cut differently. */
export function wordSpans(text: string): WordSpan[] {
  return segmentWords(text).flatMap((segment) =>
    segment.isWordLike
      ? [{ start: segment.index, end: segment.index + segment.segment.length, text: segment.segment }]
      : []
  )
}

/** FNV-1a, 32 bits: a short name for a list (common/ has no Node crypto). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}
