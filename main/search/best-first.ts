// Documents best first, taken one at a time: a common word matches tens of thousands of notes, of
// which a search shows twenty, so a heap (built in linear time, one pop per note taken) replaces
// sorting them all.

/** Yields `docs` by descending `scores[doc]`, ties by ascending doc number. */
export function* bestFirst(docs: ArrayLike<number>, scores: Float64Array): Generator<number> {
  const heap = Uint32Array.from(docs)
  const before = (a: number, b: number) => {
    const x = scores[a] as number
    const y = scores[b] as number
    return x > y || (x === y && a < b)
  }
  let size = heap.length
  const siftDown = (from: number) => {
    let at = from
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let top = at
      if (left < size && before(heap[left] as number, heap[top] as number)) top = left
      if (right < size && before(heap[right] as number, heap[top] as number)) top = right
      if (top === at) return
      const swap = heap[at] as number
      heap[at] = heap[top] as number
      heap[top] = swap
      at = top
    }
  }
  for (let at = (size >> 1) - 1; at >= 0; at--) siftDown(at)
  while (size > 0) {
    const best = heap[0] as number
    heap[0] = heap[--size] as number
    siftDown(0)
    yield best
  }
}
