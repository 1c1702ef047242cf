// A short piece of a passage for the panel: at most MAX characters from about `focus` (a cue's
// place in a paragraph), cut at a space where one is near, and never inside a grapheme cluster
// (a Thai vowel or tone mark stays with its consonant).
export const SNIPPET_MAX = 220
const LEAD = 60
const SNAP = 40
const MARK = /\p{M}/u

export interface Clipped {
  text: string
  clipped: { before: boolean; after: boolean }
}

export function clipSnippet(text: string, focus = 0): Clipped {
  const trimmed = text.trim()
  if (trimmed.length <= SNIPPET_MAX) return { text: trimmed, clipped: { before: false, after: false } }
  const lead = text.length - text.trimStart().length
  let start = Math.max(0, Math.min(focus - lead - LEAD, trimmed.length - SNIPPET_MAX))
  if (start > 0) start = snapForward(trimmed, start)
  let end = Math.min(trimmed.length, start + SNIPPET_MAX)
  if (end < trimmed.length) end = snapBack(trimmed, end, start)
  return {
    text: trimmed.slice(start, end).trim(),
    clipped: { before: start > 0, after: end < trimmed.length }
  }
}

/** Just after the whitespace nearest `at` (Thai puts spaces between phrases, not words), else `at` moved past any mark. */
function snapForward(text: string, at: number): number {
  const space = nearestSpace(text, at)
  if (space !== null) return space + 1
  while (at < text.length && MARK.test(text[at] ?? '')) at++
  return at
}

/** At the last whitespace before `at` (after `floor`), else `at` moved back before any mark. */
function snapBack(text: string, at: number, floor: number): number {
  for (let back = at; back > Math.max(floor, at - 2 * SNAP); back--) if (/\s/.test(text[back] ?? '')) return back
  while (at > floor && MARK.test(text[at] ?? '')) at--
  return at
}

function nearestSpace(text: string, at: number): number | null {
  for (let step = 0; step <= SNAP; step++) {
    if (/\s/.test(text[at - step] ?? '')) return at - step
    if (/\s/.test(text[at + step] ?? '')) return at + step
  }
  return null
}
