// A snippet's text with its matched ranges wrapped in <mark>, built as React elements: article
// text is never read as HTML, so a scraped "<script>" in a snippet stays visible text, and its
// direction controls are shown, not applied (safePieces).
import { createElement, type ReactNode } from 'react'
import type { Snippet, TextRange } from '../../../common/model/search-types'
import { safePieces } from '../bidi/SafeText'

/** Clamps ranges into the text, sorts them and merges overlaps, so no character shows twice or goes missing. */
export function cleanRanges(marks: readonly TextRange[], length: number): TextRange[] {
  const sorted = marks
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, length)), end: Math.max(0, Math.min(end, length)) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start)
  const merged: TextRange[] = []
  for (const range of sorted) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

export function snippetElements(snippet: Snippet): ReactNode[] {
  const parts: ReactNode[] = []
  let at = 0
  for (const { start, end } of cleanRanges(snippet.marks, snippet.text.length)) {
    if (start > at) parts.push(...safePieces(snippet.text.slice(at, start), at))
    parts.push(createElement('mark', { key: start }, ...safePieces(snippet.text.slice(start, end), start)))
    at = end
  }
  if (at < snippet.text.length) parts.push(...safePieces(snippet.text.slice(at), at))
  return parts
}
