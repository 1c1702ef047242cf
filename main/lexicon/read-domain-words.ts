// The shipped domain word list (resources/domain-words.txt), read once at launch, and how it joins
// the user's own words (user-words-file.ts) into the one list every process cuts with
// (kernel-words.ts). A list that cannot be read leaves ICU's cuts and says so: search still works,
// it only misses this field's compounds.
import { readFileSync } from 'node:fs'
import { parseDomainWords } from '../../common/text/word-list'

export function readDomainWords(file: string, log?: (message: string) => void): string[] {
  try {
    return parseDomainWords(readFileSync(file, 'utf8'))
  } catch (err) {
    log?.(`[words] the domain word list could not be read (${String(err)}); words are cut by ICU alone`)
    return []
  }
}

/** Shipped and user words as one list: normalised, without repeats, sorted (as kernel-words installs it). */
export function mergeDomainWords(shipped: readonly string[], user: readonly string[]): string[] {
  const words = new Set<string>()
  for (const word of [...shipped, ...user]) {
    const normalised = word.normalize('NFC').trim()
    if (normalised) words.add(normalised)
  }
  return [...words].sort()
}
