// A term's postings in MiniSearch's shape (Map<fieldId, Map<shortDocumentId, termFrequency>>),
// read from the saved Uint32Array only when first used (see minisearch-internals.ts).

/**
 * One term's postings, turned into maps the first time MiniSearch looks at them. A relaunch then
 * builds one small object per term instead of a map entry per posting, and a query pays only for
 * the terms it touches. Every way of reading or changing a Map goes through `ready` first.
 */
export class LazyPostings extends Map<number, Map<number, number>> {
  private source: { postings: Uint32Array; fields: Array<[number, number, number]> } | null

  constructor(postings: Uint32Array, fields: Array<[number, number, number]>) {
    super()
    this.source = { postings, fields }
  }

  private ready(): void {
    const source = this.source
    if (!source) return
    this.source = null
    for (const [fieldId, count, offset] of source.fields) {
      const frequencies = new Map<number, number>()
      for (let i = 0, at = offset; i < count; i++, at += 2)
        frequencies.set(source.postings[at] as number, source.postings[at + 1] as number)
      super.set(fieldId, frequencies)
    }
  }

  override get(key: number) {
    this.ready()
    return super.get(key)
  }
  override has(key: number) {
    this.ready()
    return super.has(key)
  }
  override set(key: number, value: Map<number, number>) {
    this.ready()
    return super.set(key, value)
  }
  override delete(key: number) {
    this.ready()
    return super.delete(key)
  }
  override clear() {
    this.source = null
    super.clear()
  }
  override get size() {
    this.ready()
    return super.size
  }
  override forEach(
    callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void,
    thisArg?: unknown
  ) {
    this.ready()
    super.forEach(callback, thisArg)
  }
  override entries() {
    this.ready()
    return super.entries()
  }
  override keys() {
    this.ready()
    return super.keys()
  }
  override values() {
    this.ready()
    return super.values()
  }
  override [Symbol.iterator]() {
    this.ready()
    return super[Symbol.iterator]()
  }
}
