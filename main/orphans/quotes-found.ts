// Whether an article is a departed one come back under another name or with another text: most of
// the passages highlighted in the departed article are found, word for word, in it. Whitespace is
// compared loosely (a re-wrapped file is the same text); very short quotes prove nothing.

/** Quotes shorter than this (in characters) are too common to say which article they came from. */
const TELLING_LENGTH = 12
/** Share of the telling quotes that must be found. */
const FOUND_SHARE = 0.6

export interface DepartedQuotes {
  articleId: string
  quotes: string[]
}

const loose = (text: string) => text.replace(/\s+/gu, ' ').trim()

/** The departed article whose quotes this text holds (the one with most found), or null. */
export function departedFoundIn(text: string, candidates: DepartedQuotes[]): string | null {
  const haystack = loose(text)
  let best: { articleId: string; found: number } | null = null
  for (const candidate of candidates) {
    const telling = candidate.quotes.map(loose).filter((quote) => quote.length >= TELLING_LENGTH)
    if (telling.length === 0) continue
    const found = telling.filter((quote) => haystack.includes(quote)).length
    if (found / telling.length >= FOUND_SHARE && (!best || found > best.found))
      best = { articleId: candidate.articleId, found }
  }
  return best?.articleId ?? null
}
