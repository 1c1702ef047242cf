// Checks on a document's word sequence (term ids in reading order): phrases, which MiniSearch
// cannot answer, and readings of a query that segment a word differently from the text.

/** Does the sequence have, somewhere, consecutive words from each of these sets of term ids? */
export function hasRun(sequence: Uint32Array, wanted: Set<number>[]): boolean {
  const first = wanted[0]
  if (!first || wanted.some((ids) => ids.size === 0)) return false
  for (let i = 0; i + wanted.length <= sequence.length; i++) {
    if (!first.has(sequence[i] as number)) continue
    let k = 1
    while (k < wanted.length && (wanted[k] as Set<number>).has(sequence[i + k] as number)) k++
    if (k === wanted.length) return true
  }
  return false
}

/** Every clause (each a run of term-id sets) occurs in the sequence. */
export function hasEveryRun(sequence: Uint32Array, clauses: Set<number>[][]): boolean {
  return clauses.every((run) => hasRun(sequence, run))
}
