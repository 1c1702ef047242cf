// The domain word list's file format (resources/domain-words.txt, and the user's own list in the
// data folder): one word per line, `#` starting a comment line. And what may be kept as a word.

export function parseDomainWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** The user's list as its file holds it: a comment saying what it is, then one word a line. */
export function formatDomainWords(words: readonly string[]): string {
  return [
    '# Your own words for Crossread: each is kept whole when Thai text is cut into words (search,',
    '# find, selection), beside the shipped list. One word per line; lines starting with # are comments.',
    ...words,
    ''
  ].join('\n')
}

export const DOMAIN_WORD_MIN = 2
export const DOMAIN_WORD_MAX = 40

/** Spaces, line breaks and the invisible joiners and spaces a scraped text may carry. */
const BLANK = /[\s\u200b-\u200d\u2060\ufeff]/
const THAI_LETTER = /[\u0e01-\u0e2e]/

/**
 * Why `word` cannot be kept as one word, or null when it can: 2–40 characters on one line, no
 * space, at least one Thai letter (the list only refines how Thai is cut) and not a comment line.
 */
export function domainWordProblem(word: string): string | null {
  const text = word.normalize('NFC')
  if (text.length < DOMAIN_WORD_MIN || text.length > DOMAIN_WORD_MAX)
    return `A word is ${DOMAIN_WORD_MIN}–${DOMAIN_WORD_MAX} characters.`
  if (BLANK.test(text)) return 'A word is one line without spaces.'
  if (!THAI_LETTER.test(text)) return 'Only Thai words are cut with the word list.'
  if (text.startsWith('#')) return 'A word cannot start with #.'
  return null
}
