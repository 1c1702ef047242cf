// The labelled near-duplicate fixtures (tests/fixtures/near-duplicates) as the index reads them,
// for the unit tests and the threshold measurements.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'
import { BREAK, documentWords } from '../../main/search/document-words'

export const nearDuplicateFolder = resolve(import.meta.dirname, '../fixtures/near-duplicates')

/** A word sequence's body: the words after the title (which ends at the first BREAK), breaks dropped. */
export function bodyWords(sequence: readonly string[]): string[] {
  return sequence.slice(sequence.indexOf(BREAK) + 1).filter((word) => word !== BREAK)
}

/** Each fixture article by file name (without `.txt`): its full word sequence, as documentWords gives it. */
export function fixtureSequences(): Map<string, string[]> {
  const sequences = new Map<string, string[]>()
  for (const file of readdirSync(nearDuplicateFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const parsed = parseArticle(readFileSync(join(nearDuplicateFolder, file)), file)
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`)
    const { title, blocks, outlet } = parsed.article
    const texts = blocks.map((block) => block.text)
    if (outlet.value) texts.push(outlet.value) // as the index reads it (shard-worker.ts)
    sequences.set(file.replace(/\.txt$/, ''), documentWords(title.value, texts).sequence)
  }
  return sequences
}
