// The passage of another article that shows why it is related, picked in the search worker from
// the article's packed analysis and the text kept beside the shard (no file is read): the sentence
// citing a shared document, else the paragraph with the most cue weight of its strongest shared
// theme, else (a theme confirmed with no cue, a citation in the title only) the title.
import { BLOCK_SEPARATOR } from '../../common/text/article-text'
import type { RelatedReason, TextRange } from '../../common/model/related'
import type { ShardIndex } from '../search/shard-index'
import type { KeptBlocks } from '../search/text-blocks'
import { clipSnippet, type Clipped } from './clip-snippet'

/** The parts of a packed analysis read here (packed-analysis.ts has the whole shape). */
interface Packed {
  /** id, kind, number, issuer, form, resolved [key, by], confidence, mentions (6 numbers each). */
  c: [string | null, string, string, string | null, number, [string, string] | null, number, number[]][]
  /** id, strength, detected, documents, hits (paragraph, start, end, weight each). */
  t: [string, number, number, string[], number[]][]
}

export interface PickedPassage extends Clipped {
  range: TextRange | null
}

export function relatedPassage(index: ShardIndex, id: string, reasons: readonly RelatedReason[]): PickedPassage {
  const packed = index.analyses.packed.get(id)
  const span = index.spans.get(id)
  const kept = span ? index.texts?.blocks(span) : null
  if (packed === undefined || !kept) return { text: '', clipped: { before: false, after: false }, range: null }
  const { c, t } = JSON.parse(packed) as Packed
  const body = new BodyBlocks(kept)
  for (const reason of reasons) {
    if (reason.kind !== 'document') continue
    const citation = c.find(([code, , , , , resolved]) =>
      reason.key ? resolved?.[0] === reason.key : code === reason.code
    )
    const flat = citation?.[7] ?? []
    for (let i = 0; i + 5 < flat.length; i += 6) {
      const [paragraph = -1, , , start = 0, end = 0] = flat.slice(i, i + 6)
      const at = paragraph >= 0 ? body.start(paragraph) : null
      if (at === null) continue
      const text = body.text(paragraph).slice(start - at, end - at)
      return { ...clipSnippet(text), range: { start, end } }
    }
  }
  const shared = new Set(reasons.flatMap((reason) => (reason.kind === 'theme' ? [reason.theme] : [])))
  const themes = t.filter(([theme]) => shared.has(theme)).sort((a, b) => b[1] - a[1])
  for (const [, , , , hits] of themes) {
    const weights = new Map<number, { weight: number; first: number }>()
    for (let i = 0; i + 3 < hits.length; i += 4) {
      const [paragraph = -1, start = 0, , weight = 0] = hits.slice(i, i + 4)
      if (paragraph < 0) continue
      const entry = weights.get(paragraph) ?? { weight: 0, first: start }
      weights.set(paragraph, { weight: entry.weight + weight, first: Math.min(entry.first, start) })
    }
    const best = [...weights].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])[0]
    const at = best ? body.start(best[0]) : null
    if (!best || at === null) continue
    const text = body.text(best[0])
    return { ...clipSnippet(text, best[1].first - at), range: { start: at, end: at + text.length } }
  }
  return { ...clipSnippet(kept.block(0)?.text ?? ''), range: null }
}

/** The article's body blocks as kept (block k of the body is kept block k + 1, after the title), read as far as asked. */
class BodyBlocks {
  private readonly texts: string[] = []
  private readonly starts: number[] = [0]

  constructor(private readonly kept: KeptBlocks) {}

  /** Where block `paragraph` starts in the article's text; null if it cannot be read. */
  start(paragraph: number): number | null {
    while (this.texts.length <= paragraph) {
      const text = this.kept.block(this.texts.length + 1)?.text
      if (text === undefined) return null
      this.texts.push(text)
      this.starts.push((this.starts.at(-1) ?? 0) + text.length + BLOCK_SEPARATOR.length)
    }
    return this.starts[paragraph] ?? null
  }

  text(paragraph: number): string {
    return this.texts[paragraph] ?? ''
  }
}
