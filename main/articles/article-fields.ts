// Collects what the lines of an article say about it (title, outlet, date, source) and which lines
// were removed and why. The first statement of a field wins unless a later one is surer.
import type { BlockKind } from '../../common/model/article-types'
import type { outletDate } from './line-rules'
import { notFound, type DerivedField, type RemovalReason, type RemovedLine, type SplitLine } from './parsed-article'
import type { LinePiece } from './split-long-line'

export interface Line {
  /** 1-based line number in the normalised file; 0 for text that comes from a web page's DOM. */
  number: number
  text: string
  /** What the page's markup says the line is (HTML only). */
  kind?: BlockKind
}

export const where = (line: Line): string => (line.number > 0 ? `line ${line.number}` : 'the page text')

export class ArticleFields {
  title: DerivedField<string> | null = null
  /** The whole line the title came from: the outlet, once known, may turn out to end it. */
  titleLine: string | null = null
  outlet: DerivedField<string | null> = notFound(null)
  date: DerivedField<string | null> = notFound(null)
  sourceUrl: DerivedField<string | null> = notFound(null)
  year: number | null = null
  readonly removed: RemovedLine[] = []
  readonly splitLines: SplitLine[] = []

  remove(line: Line, reason: RemovalReason): void {
    this.removed.push({ lineNumber: line.number, text: line.text, reason })
  }

  /** Keeps a line too long for one paragraph as its pieces, remembering where it was cut. */
  split(line: Line, pieces: LinePiece[]): void {
    const cuts = pieces.slice(1).map((piece) => ({ at: piece.start, kind: piece.cut ?? 'hard' }))
    if (cuts.length > 0) this.splitLines.push({ lineNumber: line.number, cuts })
  }

  takeSource(line: Line, url: string | null): void {
    this.remove(line, 'source')
    if (url && this.sourceUrl.value === null)
      this.sourceUrl = { value: url, confidence: 0.95, how: `source ${where(line)}` }
  }

  takeOutletDate(line: Line, found: NonNullable<ReturnType<typeof outletDate>>): void {
    this.remove(line, 'outlet-date')
    if (this.date.value === null)
      this.date = { value: found.date, confidence: found.outlet ? 0.95 : 0.85, how: `date ${where(line)}` }
    if (found.outlet && this.outlet.confidence < 0.9) {
      this.outlet = { value: found.outlet, confidence: found.doubled ? 0.95 : 0.8, how: `outlet+date ${where(line)}` }
    }
  }
}
