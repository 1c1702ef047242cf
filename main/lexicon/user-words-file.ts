// The user's own words: domain-words.txt in the data folder (beside the store; resources/ ships and
// is never written), in the shipped list's format. Missing is the usual case (no words yet). A
// change edits the file's lines, so the user's comments and order stay: a new word is appended, a
// dropped one's line taken out; the whole is then replaced durably (temp file, fsync, rename).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileDurably } from '../storage/write-file-durably'
import { formatDomainWords, parseDomainWords } from '../../common/text/word-list'

export const USER_DOMAIN_WORDS = 'domain-words.txt'

export const userWordsFile = (dataDir: string) => join(dataDir, USER_DOMAIN_WORDS)

export interface UserWords {
  words: string[]
  /** The file's text, to edit; null when it exists but could not be read (then it is never replaced). */
  text: string | null
  /** Why it could not be read. */
  problem: string | null
}

export function readUserWords(dataDir: string): UserWords {
  try {
    const text = readFileSync(userWordsFile(dataDir), 'utf8')
    return { words: parseDomainWords(text), text, problem: null }
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return { words: [], text: formatDomainWords([]), problem: null }
    const reason = err instanceof Error ? err.message : String(err)
    return {
      words: [],
      text: null,
      problem: `Your own word list (${USER_DOMAIN_WORDS} in the data folder) could not be read (${reason}); the shipped list is used.`
    }
  }
}

/** `text` with its word lines made `words`: comments and kept words stay in place, new words go last. */
export function editWordsText(text: string, words: readonly string[]): string {
  const wanted = new Set(words)
  const seen = new Set<string>()
  const lines = text.split(/\r?\n/).filter((line) => {
    const word = line.trim().normalize('NFC')
    if (word === '' || word.startsWith('#')) return true
    if (!wanted.has(word) || seen.has(word)) return false
    seen.add(word)
    return true
  })
  while (lines.at(-1) === '') lines.pop()
  return [...lines, ...words.filter((word) => !seen.has(word)), ''].join('\n')
}

/** Replaces the file with `words`, from the text read at launch (or last written). */
export function userWordsWriter(dataDir: string, read: UserWords): (words: readonly string[]) => Promise<void> {
  let text = read.text
  return async (words) => {
    // Never over a file that could not be read: its words would be lost.
    if (text === null) throw new Error(`${USER_DOMAIN_WORDS} in the data folder could not be read at launch`)
    const next = editWordsText(text, words)
    await writeFileDurably(userWordsFile(dataDir), next, { createFolder: true })
    text = next
  }
}
