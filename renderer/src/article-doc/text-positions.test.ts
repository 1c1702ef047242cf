import { describe, expect, it } from 'vitest'
import { articleText } from '../../../common/text/article-text'
import type { ArticleBlock } from '../../../common/model/article-types'
import { articleDoc } from './article-schema'
import { blockSpans, locate, offsetToPos, posToOffset } from './text-positions'

const blocks: ArticleBlock[] = [
  { kind: 'paragraph', text: 'การประชุมคณะกรรมการพรรค' },
  { kind: 'heading', text: 'ผลลัพธ์เชิงบวก' },
  { kind: 'caption', text: 'ภาพ: THANH MAI 👍' },
  { kind: 'paragraph', text: 'มติที่ 18-NQ/TW' }
]
const doc = articleDoc(blocks)
const text = articleText(blocks)
const spans = blockSpans(doc)

describe('reader positions and article-text offsets', () => {
  it('agree with main on every character: the same text between the same two points', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const { index, inBlock } = locate(spans, offset)
      const block = blocks[index]
      if (!block || inBlock > block.text.length) continue
      const pos = offsetToPos(spans, offset)
      expect(posToOffset(spans, pos)).toBe(Math.min(offset, (spans[index]?.offset ?? 0) + block.text.length))
    }
    for (const phrase of ['คณะกรรมการ', 'ผลลัพธ์', 'THANH MAI 👍', '18-NQ/TW', 'พรรค\n\nผลลัพธ์']) {
      const start = text.indexOf(phrase)
      const from = offsetToPos(spans, start)
      const to = offsetToPos(spans, start + phrase.length)
      expect(doc.textBetween(from, to, '\n\n')).toBe(phrase)
    }
  })
})
