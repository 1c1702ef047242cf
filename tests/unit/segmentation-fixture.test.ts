// The hand-segmented sentences are what their README says: exact text of the named fixture
// articles with `|` between words, enough of them for a word-boundary F1 to mean something.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const fixtures = join(import.meta.dirname, '../fixtures')
const lines = readFileSync(join(fixtures, 'segmentation/sentences.txt'), 'utf8').split('\n')

/** Each sentence with the article it was copied from. */
function sentences(): { source: string; line: string }[] {
  let source = ''
  const out: { source: string; line: string }[] = []
  for (const line of lines) {
    if (line.startsWith('# ')) source = line.slice(2)
    else if (line.trim() !== '') out.push({ source, line })
  }
  return out
}

describe('segmentation fixture', () => {
  it('holds at least 40 sentences and 400 words', () => {
    const all = sentences()
    expect(all.length).toBeGreaterThanOrEqual(40)
    const words = all.flatMap(({ line }) => line.split(/[|\s]+/).filter((word) => word !== ''))
    expect(words.length).toBeGreaterThanOrEqual(400)
  })

  it('copies each sentence exactly from its article, with | only between two words', () => {
    for (const { source, line } of sentences()) {
      const article = readFileSync(join(fixtures, 'intelligence', source), 'utf8')
      expect(article, line).toContain(line.replaceAll('|', ''))
      expect(line, line).not.toMatch(/\|\||\|\s|\s\||^\||\|$/)
    }
  })
})
