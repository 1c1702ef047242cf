// One pane's share of the per-article reading places (place-memory.ts keeps them): notes where the
// pane's article is read to once scrolling rests, notes it at once when the pane leaves the article
// (another opens, the pane closes, the page goes), and brings a reopened article back to its place.
import { useEffect, useMemo, useRef, type RefObject } from 'react'
import type { ArticleViewHandle } from '../reader/ArticleView'
import { notePlace, onPageLeave, recallPlace } from './place-memory'

/** Long enough that a scroll in progress is not measured at every frame. */
const NOTE_AFTER_MS = 400

export interface ArticlePlaces {
  /** The pane scrolled while showing this article. */
  scrolled: (articleId: string) => void
  /** The pane is leaving its article: a place not yet noted is noted now, from the text still shown. */
  leave: () => void
  /**
   * Brings `articleId` (just opened) back to where it was left, unless another opening comes first;
   * to `otherwise` if no place is kept for it (the layout's, at a relaunch).
   */
  returnTo: (articleId: string, otherwise?: number) => void
  /** The text was laid out again (another width or font): the words read to go back to the top. */
  relaidOut: () => void
}

export function useArticlePlaces(
  reader: RefObject<ArticleViewHandle | null>,
  setPlace: (place: { articleId: string; readTo: number }) => void
): ArticlePlaces {
  const unnoted = useRef<string | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const returning = useRef<string | null>(null)
  /** The article the pane shows (opened or scrolled in), so that leaving notes it even before its scroll event. */
  const showing = useRef<string | null>(null)
  /** The place the pane's article is at, as last noted or returned to. */
  const at = useRef<number | null>(null)
  const show = useRef(setPlace)
  useEffect(() => {
    show.current = setPlace
  })

  const places = useMemo<ArticlePlaces>(() => {
    const note = () => {
      window.clearTimeout(timer.current)
      const articleId = unnoted.current
      unnoted.current = null
      // The original text (no reader) has no place in the article's text: nothing is noted.
      if (!articleId || !reader.current) return
      at.current = reader.current.readingPlace()
      notePlace(articleId, at.current)
    }
    return {
      scrolled(articleId) {
        if (unnoted.current && unnoted.current !== articleId) note()
        unnoted.current = articleId
        showing.current = articleId
        window.clearTimeout(timer.current)
        timer.current = window.setTimeout(note, NOTE_AFTER_MS)
      },
      leave() {
        // Scroll events come a frame late: a pane closed or another article opened right after a
        // scroll notes where its text is now, unless it was still being brought back to its place.
        const shown = returning.current === null ? showing.current : null
        if (shown && !unnoted.current && reader.current && reader.current.readingPlace() !== at.current)
          unnoted.current = shown
        returning.current = null
        showing.current = null
        note()
        at.current = null
      },
      returnTo(articleId, otherwise = 0) {
        returning.current = articleId
        showing.current = articleId
        void recallPlace(articleId).then((kept) => {
          if (returning.current !== articleId) return
          returning.current = null
          const offset = kept ?? otherwise
          at.current = offset
          if (offset > 0) show.current({ articleId, readTo: offset })
        })
      },
      relaidOut() {
        if (at.current) reader.current?.keepPlace(at.current)
      }
    }
  }, [reader])

  useEffect(() => onPageLeave(places.leave), [places])
  useEffect(() => () => window.clearTimeout(timer.current), [])
  return places
}
