// An article's fingerprint for finding other copies of it: its body read as overlapping runs of
// SHINGLE_WORDS words (exact forms; the title left out, since a republication retitles; block breaks
// crossed, since a republisher re-paragraphs), each run hashed to 32 bits, and of those only the
// hashes ≡ 0 mod SAMPLE_EVERY kept (Broder's mod-m sample). Unlike a bottom-k (MinHash) sketch,
// the sample of a text cut from another is contained in the other's sample, so the share of either
// copy found in the other (containment, both ways) is estimated by counting common entries:
// a cut-down republication shares most of its own text and little of the longer original's.
// Parameters measured in README.md.

/** Words a shingle: 5 Thai words are about 17 letters, rarely repeated by chance across articles. */
export const SHINGLE_WORDS = 5
/** One shingle in 4 is kept: a 300-word article keeps about 75, enough to tell 0.5 from 0.2. */
export const SAMPLE_EVERY = 4

/** FNV-1a over UTF-16 code units: cheap and stable across processes (the sketches are compared
 * across shards, whose term ids differ, so a word is hashed by its text). Never 0. */
export function wordHash(word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash >>> 0 || 1
}

/** Murmur3's finaliser: spreads every input bit over the low bits the sample is taken on. */
function mix(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}

/**
 * The sketch of a body given as its words' hashes in reading order (`wordHash`): sorted, without
 * repeats. A body of fewer than SHINGLE_WORDS words has an empty sketch (it cannot be matched).
 */
export function sketchOfWordHashes(
  hashes: ArrayLike<number>,
  { size = SHINGLE_WORDS, every = SAMPLE_EVERY }: { size?: number; every?: number } = {}
): Uint32Array {
  const kept: number[] = []
  for (let end = size; end <= hashes.length; end++) {
    // Xor then multiply is not commutative: the same words in another order are another shingle.
    let hash = 0x9747b28c
    for (let i = end - size; i < end; i++) hash = Math.imul(hash ^ (hashes[i] as number), 0x5bd1e995)
    const shingle = mix(hash)
    if (shingle % every === 0) kept.push(shingle)
  }
  const sorted = Uint32Array.from(kept).sort()
  let unique = 0
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number
  return sorted.slice(0, unique)
}

/** The sketch of a body given as its words (BREAK, the empty string, between blocks: skipped). */
export function sketchOfWords(words: readonly string[], options?: { size?: number; every?: number }): Uint32Array {
  return sketchOfWordHashes(words.filter((word) => word !== '').map(wordHash), options)
}

/** Entries two sorted sketches have in common. */
export function sharedEntries(a: Uint32Array, b: Uint32Array): number {
  let shared = 0
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) shared++
    if (x <= y) i++
    if (y <= x) j++
  }
  return shared
}
