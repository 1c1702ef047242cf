// The body, line by line: each line is kept as a paragraph, heading or caption, or removed with
// its reason. A doubtful line is kept: losing prose is worse than keeping a stray line.
import type { ArticleBlock } from '../../common/model/article-types'
import { ArticleFields, type Line } from './article-fields'
import { markHeadings } from './body-shape'
import * as rule from './line-rules'
import { plainMarkdown } from './plain-markdown'
import { LONG_LINE, splitLongLine } from './split-long-line'

const RELATED_HEADLINE_MAX = 120
const CAPTION_AFTER_IMAGE_MAX = 180
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/

export function readBody(lines: Line[], fields: ArticleFields, options: { markdown?: boolean } = {}): ArticleBlock[] {
  const blocks: ArticleBlock[] = []
  let afterImage = false
  let inRelatedList = false
  for (const line of lines) {
    const source = rule.sourceLine(line.text)
    const dated = rule.outletDate(line.text)
    const previous = blocks.at(-1)
    const wasAfterImage = afterImage
    afterImage = false
    // Headlines under a related-articles header are short; the first long line is body again.
    if (inRelatedList && line.text.length > RELATED_HEADLINE_MAX) inRelatedList = false
    if (source) fields.takeSource(line, source.url)
    else if (dated) fields.takeOutletDate(line, dated)
    else if (rule.isImagePlaceholder(line.text) || (options.markdown && MARKDOWN_IMAGE.test(line.text))) {
      fields.remove(line, 'image-placeholder')
      afterImage = true
    } else if (rule.isRelatedListHeader(line.text)) {
      fields.remove(line, 'site-furniture')
      inRelatedList = true
    } else if (inRelatedList || rule.isNavigationWord(line.text) || rule.isReadMoreLink(line.text))
      fields.remove(line, 'site-furniture')
    else if (rule.isBanner(line.text)) fields.remove(line, 'banner')
    else if (rule.isBreadcrumb(line.text)) fields.remove(line, 'site-furniture')
    else if (previous && previous.text === line.text && line.text.length <= 600) {
      // A scrape often repeats a photo caption on the next line: keep one, marked as a caption.
      previous.kind = 'caption'
      fields.remove(line, 'duplicate-caption')
    } else if (
      previous?.kind === 'caption' &&
      rule.isCaption(line.text) &&
      rule.sameCaption(previous.text, line.text)
    ) {
      fields.remove(line, 'duplicate-caption') // the same photo, credited twice in two translations
    } else if (options.markdown && /^#{1,6}\s+/.test(line.text))
      blocks.push({ kind: 'heading', text: plainMarkdown(line.text.replace(/^#{1,6}\s+/, '')) })
    else if (line.text.length > LONG_LINE) {
      // A line that lost its breaks: paragraph-sized pieces, each cut kept for "show original".
      const pieces = splitLongLine(line.text)
      fields.split(line, pieces)
      for (const piece of pieces)
        blocks.push({ kind: 'paragraph', text: options.markdown ? plainMarkdown(piece.text) : piece.text })
    } else {
      const text = options.markdown ? plainMarkdown(line.text) : line.text
      // A short single-clause line under an image is its caption, credited or not. (Thai separates
      // clauses with spaces: a line with several is prose that merely follows a picture.)
      const clauses = () => (text.match(/[\u0E00-\u0E7F] +[\u0E00-\u0E7F]/g) ?? []).length + 1
      const caption =
        rule.isCaption(text) || (wasAfterImage && text.length <= CAPTION_AFTER_IMAGE_MAX && clauses() <= 2)
      blocks.push({ kind: line.kind ?? (caption ? 'caption' : 'paragraph'), text })
    }
  }
  markHeadings(blocks)
  return blocks
}
