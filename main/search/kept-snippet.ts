// A hit's snippet from what its shard keeps, without reading or parsing the article file: the text
// from the shard's texts file, and its words from the word sequence (term ids) and the bounds kept
// with the text, so the block with the hit is not even segmented again. The word sequence also says
// which block holds the first query word: that block alone is read and decoded (the ones after it
// only if it has no hit for the whole query, as when a phrase's words are apart there).
import type { Clause, WordAt } from '../../common/text/query'
import type { Snippet } from '../../common/model/search-types'
import type { ShardIndex } from './shard-index'
import { makeSnippet } from './snippet'
import type { KeptBlock, KeptBlocks } from './text-blocks'

/** `wanted`: `index.wordIds(readings)`, computed once per query. */
export function keptSnippet(index: ShardIndex, id: string, readings: Clause[][], wanted: Set<number>): Snippet | null {
  const span = index.spans.get(id)
  const kept = span && index.texts?.blocks(span)
  if (!kept) return null
  const sequence = index.sequences.get(id) ?? new Uint32Array()
  const starts = blockStarts(sequence)
  if (starts.length !== kept.count) return snippetOrNull(kept, 0, readings) // not the words it was indexed with
  // No block with a query word: let the snippet maker look through all (it finds none, or a hit this missed).
  const first = Math.max(
    0,
    starts.findIndex((start, block) => hasWord(sequence, start, starts[block + 1] ?? sequence.length, wanted))
  )
  if (!kept.hasBounds) return snippetOrNull(kept, first, readings)
  const read: KeptBlock[] = []
  const wordsIn = (_text: string, i: number): WordAt[] => {
    const block = first + i
    const bounds = (read[i] as KeptBlock).bounds as Uint8Array
    const start = starts[block] as number
    const end = (starts[block + 1] ?? sequence.length + 1) - 1 // before the block's BREAK
    const words: WordAt[] = []
    let at = 0
    for (let k = start, ordinal = 0; k < end; k++, ordinal++) {
      const wordStart = at + (bounds[2 * ordinal] ?? 0)
      at = wordStart + (bounds[2 * ordinal + 1] ?? 0)
      words.push({ forms: index.dictionary.formsOf(sequence[k] as number), start: wordStart, end: at })
    }
    return words
  }
  return snippetOrNull(kept, first, readings, wordsIn, read)
}

/** The snippet from block `first` on, each block read as the snippet maker reaches it; null if one cannot be read. */
function snippetOrNull(
  kept: KeptBlocks,
  first: number,
  readings: Clause[][],
  wordsIn?: (text: string, i: number) => WordAt[],
  read: KeptBlock[] = []
): Snippet | null {
  let damaged = false
  function* texts(): Generator<string> {
    for (let k = first; k < kept.count; k++) {
      const block = kept.block(k)
      if (!block) {
        damaged = true
        return
      }
      read.push(block)
      yield block.text
    }
  }
  const snippet = makeSnippet(texts(), readings, wordsIn)
  return damaged ? null : snippet
}

/** Where each block (the title first) starts in a word sequence whose blocks each end with a BREAK (0). */
function blockStarts(sequence: Uint32Array): number[] {
  const starts: number[] = []
  let start = 0
  for (let k = 0; k < sequence.length; k++) {
    if (sequence[k] !== 0) continue
    starts.push(start)
    start = k + 1
  }
  return starts
}

function hasWord(sequence: Uint32Array, from: number, to: number, wanted: Set<number>): boolean {
  for (let k = from; k < to; k++) if (wanted.has(sequence[k] as number)) return true
  return false
}
