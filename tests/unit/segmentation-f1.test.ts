// Word-boundary F1 of the text kernel against hand segmentation (tests/fixtures/segmentation):
// ICU alone, then ICU with the shipped domain word list. Printed, and the kernel must not be worse.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DomainLexicon, type WordSegment } from '../../common/text/domain-words'
import { wordSegmenter } from '../../common/text/segmenters'
import { parseDomainWords } from '../../common/text/word-list'

const root = join(import.meta.dirname, '../..')
const gold = readFileSync(join(root, 'tests/fixtures/segmentation/sentences.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
const lexicon = new DomainLexicon(parseDomainWords(readFileSync(join(root, 'resources/domain-words.txt'), 'utf8')))

/** The sentence's text and its gold boundaries: where a `|` stood, and both sides of each space run. */
function goldOf(line: string): { text: string; boundaries: Set<number> } {
  const boundaries = new Set<number>()
  let text = ''
  for (const char of line) {
    if (char === '|') boundaries.add(text.length)
    else text += char
  }
  for (const space of text.matchAll(/\s+/g)) {
    boundaries.add(space.index)
    boundaries.add(space.index + space[0].length)
  }
  return { text, boundaries: inside(boundaries, text.length) }
}

const inside = (boundaries: Set<number>, length: number) =>
  new Set([...boundaries].filter((at) => at > 0 && at < length))

function boundariesOf(segments: Iterable<WordSegment | Intl.SegmentData>, length: number): Set<number> {
  const boundaries = new Set<number>()
  for (const { index, segment } of segments) boundaries.add(index).add(index + segment.length)
  return inside(boundaries, length)
}

function f1(segment: (text: string) => Iterable<WordSegment | Intl.SegmentData>) {
  let found = 0
  let right = 0
  let wanted = 0
  for (const line of gold) {
    const { text, boundaries } = goldOf(line)
    const predicted = boundariesOf(segment(text), text.length)
    found += predicted.size
    wanted += boundaries.size
    for (const at of predicted) if (boundaries.has(at)) right++
  }
  const precision = right / found
  const recall = right / wanted
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) }
}

describe('word boundaries against hand segmentation', () => {
  it('are closer with the domain word list than ICU alone', () => {
    const icu = f1((text) => wordSegmenter.segment(text))
    const kernel = f1((text) => lexicon.segment(text))
    const row = (name: string, s: typeof icu) =>
      `${name.padEnd(24)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`
    console.log(
      [`word-boundary F1, ${gold.length} sentences`, row('ICU alone', icu), row('ICU + domain words', kernel)].join(
        '\n'
      )
    )
    expect(kernel.f1).toBeGreaterThan(icu.f1)
  })
})
