// The sentence that cites a document, for the reader and the CLI to show. Thai writes no full
// stop: a space ends a phrase and a paragraph is often one long sentence, so a long one is cut
// down to the phrases around the citation. Only the text near the citation is looked at, so a
// paragraph of one 60,000-character line with hundreds of citations costs no more than a short one.

const MAX_SENTENCE = 280

/** The sentence of `text` around [start, end), as offsets into `text`. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start
  while (from > 0 && start - from <= MAX_SENTENCE && !endsSentence(text, from - 1)) from--
  let to = end
  while (to < text.length && to - end <= MAX_SENTENCE && !endsSentence(text, to)) to++
  if (to < text.length && endsSentence(text, to)) to++
  if (to - from > MAX_SENTENCE) {
    const half = (MAX_SENTENCE - (end - start)) / 2
    if (start - half > from) from = phraseStart(text, start - half, start)
    if (end + half < to) to = phraseEnd(text, end + half, end)
  }
  while (from < to && /\s/u.test(text.charAt(from))) from++
  while (to > from && /\s/u.test(text.charAt(to - 1))) to--
  return { start: from, end: to }
}

/** A line break, or a full stop, question or exclamation mark before a space or the end. */
function endsSentence(text: string, at: number): boolean {
  const char = text.charAt(at)
  if (char === '\n') return true
  if (!'.!?。'.includes(char) || char === '') return false
  return at + 1 >= text.length || /\s/u.test(text.charAt(at + 1))
}

/** The first phrase start (after a space) at or after `at`, but not past the citation. */
function phraseStart(text: string, at: number, limit: number): number {
  const space = text.indexOf(' ', Math.floor(at))
  return space >= 0 && space < limit ? space + 1 : Math.floor(at)
}

/** The last phrase end (a space) at or before `at`, but not before the citation ends. */
function phraseEnd(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(' ', Math.ceil(at))
  return space >= limit ? space : Math.ceil(at)
}
