// Pairs of articles that share most of one's text, from their sketches (shingle-sketch.ts): every
// sketch entry with the documents holding it, sorted, gives the entries shared by a few documents;
// each document then counts what it shares with each later one. Exact counts over an inverted
// listing, no LSH: at 10,000 articles this takes a fraction of a second (README.md, measured).
// An entry held by very many documents is boilerplate (a slogan, a standing paragraph), not a sign
// of a copy: it is not counted as shared, but still counts in its document's size, so two articles
// that share little but boilerplate are not copies (and a copy's shares read a little low).

export interface PairRule {
  /** The larger of the two containments must reach this (a cut-down copy reaches it in its own direction). */
  containment: number
  /** And this many sketch entries in common (about SAMPLE_EVERY times as many shingles). */
  minShared: number
  /** An entry held by more than max(commonDocs, commonShare × documents) documents is boilerplate. */
  commonDocs: number
  commonShare: number
}

export const NEAR_DUPLICATE_RULE: PairRule = { containment: 0.5, minShared: 8, commonDocs: 50, commonShare: 0.01 }

/** Two documents (by index in the sketches given) and their overlap. */
export interface FoundPair {
  a: number
  b: number
  shared: number
  /** Each one's sketch size: shared / sizeA is the share of a found in b. */
  sizeA: number
  sizeB: number
}

/** Room for 2^21 documents beside a 32-bit entry in one double (both exact up to 2^53). */
const DOCS = 2 ** 21

export function findPairs(sketches: readonly Uint32Array[], rule: PairRule = NEAR_DUPLICATE_RULE): FoundPair[] {
  if (sketches.length > DOCS) throw new Error(`Near-duplicates are found among at most ${DOCS} articles.`)
  const { runs, starts } = sharedEntries(sketches, Math.max(rule.commonDocs, rule.commonShare * sketches.length))
  const runsOf = runsByDocument(sketches.length, runs, starts)
  const counts = new Uint32Array(sketches.length)
  const touched: number[] = []
  const pairs: FoundPair[] = []
  for (let a = 0; a < sketches.length; a++) {
    for (let r = runsOf.starts[a] as number; r < (runsOf.starts[a + 1] as number); r++) {
      const run = runsOf.runs[r] as number
      for (let k = starts[run] as number; k < (starts[run + 1] as number); k++) {
        const b = runs[k] as number
        if (b <= a) continue
        if (counts[b] === 0) touched.push(b)
        counts[b] = (counts[b] as number) + 1
      }
    }
    const sizeA = (sketches[a] as Uint32Array).length
    for (const b of touched) {
      const shared = counts[b] as number
      counts[b] = 0
      const sizeB = (sketches[b] as Uint32Array).length
      if (shared >= rule.minShared && shared >= rule.containment * Math.min(sizeA, sizeB))
        pairs.push({ a, b, shared, sizeA, sizeB })
    }
    touched.length = 0
  }
  return pairs
}

/** The entries held by 2 to `most` documents, each as a run of document numbers (ascending) in
 * `runs` from starts[i] to starts[i + 1]. */
function sharedEntries(sketches: readonly Uint32Array[], most: number) {
  const keys = keysByEntry(sketches)
  const runs: number[] = []
  const starts: number[] = [0]
  for (let i = 0; i < keys.length;) {
    const entry = Math.floor((keys[i] as number) / DOCS)
    let j = i + 1
    while (j < keys.length && Math.floor((keys[j] as number) / DOCS) === entry) j++
    if (j - i > 1 && j - i <= most) {
      for (let k = i; k < j; k++) runs.push((keys[k] as number) - entry * DOCS)
      starts.push(runs.length)
    }
    i = j
  }
  return { runs, starts }
}

/** Every (entry, document) as entry × DOCS + document, ascending. Entries are hashes, spread evenly:
 * placed by their top 16 bits first, each bucket then sorted alone (a fifth of the time of one sort). */
function keysByEntry(sketches: readonly Uint32Array[]): Float64Array {
  const bounds = new Uint32Array(65537)
  for (const sketch of sketches)
    for (const entry of sketch) bounds[(entry >>> 16) + 1] = (bounds[(entry >>> 16) + 1] as number) + 1
  for (let b = 0; b < 65536; b++) bounds[b + 1] = (bounds[b + 1] as number) + (bounds[b] as number)
  const keys = new Float64Array(bounds[65536] as number)
  const next = bounds.slice(0, 65536)
  sketches.forEach((sketch, doc) => {
    for (const entry of sketch) {
      const bucket = entry >>> 16
      keys[next[bucket] as number] = entry * DOCS + doc
      next[bucket] = (next[bucket] as number) + 1
    }
  })
  for (let b = 0; b < 65536; b++) sortRange(keys, bounds[b] as number, bounds[b + 1] as number)
  return keys
}

/** Sorts keys[from, to) in place: by insertion when short (most buckets hold a few dozen keys, and a
 * typed array's own sort costs more to call than that), by the typed array's sort otherwise. */
function sortRange(keys: Float64Array, from: number, to: number): void {
  if (to - from > 64) return void keys.subarray(from, to).sort()
  for (let i = from + 1; i < to; i++) {
    const key = keys[i] as number
    let j = i - 1
    while (j >= from && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number
      j--
    }
    keys[j + 1] = key
  }
}

/** For each document, the runs it is in (compressed rows: runs[starts[d]] to runs[starts[d + 1]]). */
function runsByDocument(documents: number, runs: number[], starts: number[]) {
  const counts = new Uint32Array(documents + 1)
  for (const doc of runs) counts[doc + 1] = (counts[doc + 1] as number) + 1
  for (let d = 0; d < documents; d++) counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number)
  const byDoc = new Uint32Array(runs.length)
  const next = counts.slice(0, documents)
  for (let run = 0; run + 1 < starts.length; run++)
    for (let k = starts[run] as number; k < (starts[run + 1] as number); k++) {
      const doc = runs[k] as number
      byDoc[next[doc] as number] = run
      next[doc] = (next[doc] as number) + 1
    }
  return { runs: byDoc, starts: counts }
}
