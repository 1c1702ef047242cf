// The inverted index as one Uint32Array, as saved and as read back: no JSON and no object per
// posting, so a relaunch reads the file and searches it as it is. Tombstones are left out and the
// documents that remain renumbered in order. Layout: [fields, documents, keys, pairs], each
// document's field lengths, where each key's pairs start (keys + 1 entries), then the pairs.
import type { PostingLists } from './posting-lists'

const HEADER = 4

export interface Unpacked {
  lengths: Uint32Array
  starts: Uint32Array
  pairs: Uint32Array
}

/** `live[doc]` is 0 for a tombstone; the packed documents are the live ones, in order. */
export function packPostings(
  fields: number,
  live: Uint8Array,
  documents: number,
  lengths: Uint32Array,
  lists: PostingLists
): Uint32Array {
  const renumbered = new Int32Array(documents).fill(-1)
  let kept = 0
  for (let doc = 0; doc < documents; doc++) if (live[doc]) renumbered[doc] = kept++
  const keys = lists.keys
  const starts = new Uint32Array(keys + 1)
  for (let key = 0; key < keys; key++) {
    let count = 0
    lists.each(key, (pairs, from, to) => {
      for (let p = from; p < to; p += 2) if ((renumbered[pairs[p] as number] as number) >= 0) count++
    })
    starts[key + 1] = (starts[key] as number) + count
  }
  const total = starts[keys] as number
  const words = new Uint32Array(HEADER + kept * fields + keys + 1 + 2 * total)
  words.set([fields, kept, keys, total])
  for (let doc = 0; doc < documents; doc++) {
    const to = renumbered[doc] as number
    if (to >= 0) words.set(lengths.subarray(doc * fields, (doc + 1) * fields), HEADER + to * fields)
  }
  words.set(starts, HEADER + kept * fields)
  let at = HEADER + kept * fields + keys + 1
  for (let key = 0; key < keys; key++) {
    lists.each(key, (pairs, from, to) => {
      for (let p = from; p < to; p += 2) {
        const doc = renumbered[pairs[p] as number] as number
        if (doc < 0) continue
        words[at++] = doc
        words[at++] = pairs[p + 1] as number
      }
    })
  }
  return words
}

/**
 * Views into a packed index (no copy), after checking its numbers: a damaged file throws, it is
 * never misread. `pairsKnownGood`: the pairs are as `packPostings` wrote them (packed just now, or
 * read back with the checksum saved beside them), so each pair's document need not be looked at.
 */
export function unpackPostings(
  words: Uint32Array,
  fields: number,
  documents: number,
  pairsKnownGood = false
): Unpacked {
  const [savedFields, savedDocuments, keys, total] = words
  if (savedFields !== fields || savedDocuments !== documents || keys === undefined || total === undefined)
    throw new Error('The saved postings do not match their index.')
  const startsAt = HEADER + documents * fields
  const pairsAt = startsAt + keys + 1
  if (words.length !== pairsAt + 2 * total) throw new Error('The saved postings are truncated.')
  const starts = words.subarray(startsAt, pairsAt)
  const pairs = words.subarray(pairsAt)
  if (starts[0] !== 0 || starts[keys] !== total) throw new Error('The saved postings are damaged.')
  for (let key = 0; key < keys; key++)
    if ((starts[key] as number) > (starts[key + 1] as number)) throw new Error('The saved postings are damaged.')
  if (!pairsKnownGood)
    for (let p = 0; p < pairs.length; p += 2)
      if ((pairs[p] as number) >= documents) throw new Error('The saved postings are damaged.')
  return { lengths: words.subarray(HEADER, startsAt), starts, pairs }
}
