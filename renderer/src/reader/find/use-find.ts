// The find bar's state: what is typed, how it is read, which match is current. Matches are
// computed here from the article's blocks and handed to the reader as decorations to draw.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ArticleBlock } from '../../../../common/model/article-types'
import { clausesFor, indexFrom, matchBlocks, stepIndex, type BlockMatch, type FindMode } from './find-matches'
import { useDomainWordsKey } from '../../api/installed-words'
import { useBlockWords } from './use-block-words'
import { READER_SHORTCUTS } from '../../keys/shortcuts'
import { useShortcut } from '../../keys/use-shortcut'

/** Asks the reader to find `text`; a new nonce asks again for the same text. */
export interface FindRequest {
  text: string
  mode: FindMode
  nonce: number
}

/** What the reader marks; it scrolls to the current match whenever a new object arrives. */
export interface FindMarks {
  matches: BlockMatch[]
  current: number
  /** Counts requests and steps, so asking again for the same match scrolls to it again. */
  reveal: number
}

interface Options {
  /** The pane's keymap scope: Ctrl+F and F3 act on the pane in use only. */
  scope: string
  request: FindRequest | null | undefined
  /** The last request acted on, kept above the article so the next one opened does not replay it. */
  claimed: number | null
  onClaim: (nonce: number) => void
  /** The article page: where a selection may seed the query, and focus returns on close. */
  page: RefObject<HTMLElement | null>
  /** Called whenever the bar is asked to open (the reader leaves the original text for it). */
  onShow: () => void
}

export function useFind(blocks: ArticleBlock[], { scope, request, claimed, onClaim, page, onShow }: Options) {
  const [open, setOpen] = useState(false)
  const [text, setText] = useState('')
  const [mode, setMode] = useState<FindMode>('find')
  // Where the current match started: it survives edits of the query (see indexFrom).
  const [anchor, setAnchor] = useState<BlockMatch | null>(null)
  const [reveal, setReveal] = useState(0)
  const [focusAsked, setFocusAsked] = useState(0)
  const input = useRef<HTMLInputElement>(null)

  // Segmented once the bar first opens, then reused for every keystroke; again if the word list changes.
  const wordList = useDomainWordsKey()
  const words = useBlockWords(open, blocks, wordList)
  const matches = useMemo(() => (words ? matchBlocks(words, clausesFor(text, mode, words)) : []), [words, text, mode])
  const current = indexFrom(matches, anchor)
  const marks = useMemo<FindMarks | null>(
    () => (open ? { matches, current, reveal } : null),
    [open, matches, current, reveal]
  )

  const show = useCallback(() => {
    const selected = window.getSelection()
    const quote = selected && page.current?.contains(selected.anchorNode) ? selected.toString().trim() : ''
    // As browsers do: a short selection becomes the query.
    if (quote && quote.length <= 80 && !quote.includes('\n')) {
      setText(quote)
      setMode('find')
      setAnchor(null)
    }
    setOpen(true)
    onShow()
    setFocusAsked((n) => n + 1) // focused once the bar is in the page (see below)
  }, [page, onShow])

  useEffect(() => {
    if (focusAsked === 0) return
    input.current?.focus()
    input.current?.select()
  }, [focusAsked])

  const step = useCallback(
    (delta: 1 | -1) => {
      const index = stepIndex(current, delta, matches.length)
      if (index >= 0) setAnchor(matches[index] ?? null)
      setReveal((n) => n + 1)
    },
    [current, matches]
  )

  const close = useCallback(() => {
    setOpen(false)
    page.current?.querySelector<HTMLElement>('.article-text')?.focus({ preventScroll: true })
  }, [page])

  const change = useCallback((typed: string) => {
    setText(typed)
    setMode('find') // a search request's words become a phrase once the user edits them
  }, [])

  // A request is an event carried by a prop: taken in while rendering, as soon as its nonce is new
  // (React's "adjusting state when a prop changes"), then claimed once the render is committed.
  const [taken, setTaken] = useState<number | null>(null)
  if (request && request.nonce !== claimed && request.nonce !== taken) {
    setTaken(request.nonce)
    setText(request.text)
    setMode(request.mode)
    setAnchor(null)
    setOpen(true)
    setReveal((n) => n + 1)
    onShow()
  }
  useEffect(() => {
    if (taken !== null) onClaim(taken)
  }, [taken, onClaim])

  useShortcut(scope, READER_SHORTCUTS.find, () => show())
  useShortcut(scope, READER_SHORTCUTS.findNext, () => (open ? step(1) : show()))
  useShortcut(scope, READER_SHORTCUTS.findPrevious, () => (open ? step(-1) : show()))

  const counting = words !== null && words.length < blocks.length
  return { open, text, mode, matches, current, marks, input, counting, change, step, close }
}
