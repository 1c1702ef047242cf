// Judgements about a block from its neighbours: section headings, and a title when none is given.
import type { ArticleBlock } from '../../common/model/article-types'

/** Section headings in this genre are short noun phrases; a longer line is a short paragraph. */
const HEADING_MAX = 60
/** A line that reports a figure (`ลดลง 11.2%`, `120,000 ฉบับ`) is a statement, not a heading. */
const HAS_FIGURE = /\d\s*%|\d[.,]\d|\d{3}/
const BULLET_START = /^[-–•*·+"“'‘([\d]/u
const SENTENCE_END = /[.:;,!?…)\]]$/u

/**
 * A short line standing between the lead and a longer paragraph, not a list item and not ending
 * like a sentence, is a section heading. Only the kind changes: no text is dropped.
 */
export function markHeadings(blocks: ArticleBlock[]): void {
  for (let i = 1; i < blocks.length - 1; i++) {
    const block = blocks[i]
    const next = blocks[i + 1]
    if (!block || !next || block.kind !== 'paragraph' || next.kind === 'heading') continue
    const text = block.text
    if (text.length > HEADING_MAX || BULLET_START.test(text) || SENTENCE_END.test(text)) continue
    if (HAS_FIGURE.test(text)) continue
    if (next.text.length >= Math.max(text.length * 2, 60) || BULLET_START.test(next.text)) block.kind = 'heading'
  }
}

/** The lead's first words, cut at a space (Thai separates phrases with spaces) so no word is split. */
export function deriveTitle(lead: string): string {
  const limit = 100
  if (lead.length <= limit + 20) return lead
  const cut = lead.lastIndexOf(' ', limit)
  return `${lead.slice(0, cut >= 40 ? cut : limit).trim()}…`
}
