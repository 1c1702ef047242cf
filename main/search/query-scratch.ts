// Per-document arrays that every query of one index reuses: a fresh pair a query was up to a
// megabyte of garbage at 50,000 notes, which V8 collects only after ~64 MB of it (decision 011).

/** Scores, and one mark per document (which words or alternatives matched), zeroed for each query. */
export class QueryScratch<Marks extends Uint16Array | Uint32Array> {
  private scores = new Float64Array(0)
  private marks: Marks

  constructor(private readonly makeMarks: (size: number) => Marks) {
    this.marks = makeMarks(0)
  }

  /** The two arrays for `size` documents, all zero (grown when the index has grown). */
  take(size: number): { scores: Float64Array; marks: Marks } {
    if (this.scores.length < size) {
      this.scores = new Float64Array(size)
      this.marks = this.makeMarks(size)
    } else {
      this.scores.fill(0, 0, size)
      this.marks.fill(0, 0, size)
    }
    return { scores: this.scores.subarray(0, size), marks: this.marks.subarray(0, size) as Marks }
  }
}
