// The two reader panes: which sessions show, in which order, where the divider is and which pane
// is in use; restored at launch (reader-layout.json in the data folder, through main) and saved a
// moment after each change. The two sessions live for the whole app: closing a pane hides it, so
// opening one beside again finds its history, and swapping the panes reorders them without
// reloading either article. The widths of the panes beside the reader, and whether they are
// collapsed, are kept in the same file (renderer/src/panes/use-side-panes.ts uses them).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { DEFAULT_READER_LAYOUT, type ReaderLayout, type SidePanes } from '../../../common/model/reader-layout'
import { api } from '../api/client'
import type { ReaderSession } from '../session/use-reader-session'
import { DEFAULT_SIDES } from './side-pane-sizes'

export interface PaneLayout {
  /** Indexes into the sessions, left first: [0], [1], [0, 1] or [1, 0]. */
  shown: number[]
  /** The left pane's share of the width, when two show. */
  divider: number
  /** The session in use (keys, the sidebar and "open here" go to it). */
  active: number
  setActive: (session: number) => void
  setDivider: (share: number) => void
  /** Shows the hidden session beside the shown one, in use; returns its index. */
  openSecond: () => number
  swap: () => void
  /** Hides the pane in use (with two shown); the other one is then in use. */
  closeActive: () => void
  /** Where a session's article was read to, for the next launch. */
  noteReadTo: (session: number, articleId: string, readTo: number) => void
  /** The library's and the sidebar's widths and collapsed state, as the user left them. */
  sides: SidePanes
  setSides: (change: (sides: SidePanes) => SidePanes) => void
}

const SAVE_AFTER_MS = 800

export function usePaneLayout(sessions: [ReaderSession, ReaderSession]): PaneLayout {
  const [shown, setShown] = useState<number[]>([0])
  const [divider, setDivider] = useState(DEFAULT_READER_LAYOUT.divider)
  const [active, setActive] = useState(0)
  const [sides, setSides] = useState<SidePanes>(DEFAULT_SIDES)
  const readTo = useRef<Array<{ articleId: string; readTo: number } | null>>([null, null])
  const restored = useRestore(
    sessions,
    readTo,
    (layout) => {
      setShown(layout.panes.map((_, index) => index))
      setDivider(layout.divider)
      setActive(layout.active)
    },
    (saved) => setSides(saved)
  )
  const save = useSave(restored, { shown, divider, active, sides, sessions }, readTo)

  const openSecond = useCallback(() => {
    const hidden = shown.length === 2 ? 1 - active : 1 - (shown[0] as number)
    if (shown.length === 1) setShown([...shown, hidden])
    setActive(hidden)
    return hidden
  }, [shown, active])
  const swap = useCallback(() => setShown((order) => [...order].reverse()), [])
  const closeActive = useCallback(() => {
    if (shown.length < 2) return
    const kept = shown.filter((index) => index !== active)
    setShown(kept)
    setActive(kept[0] as number)
  }, [shown, active])
  const noteReadTo = useCallback(
    (session: number, articleId: string, place: number) => {
      readTo.current[session] = { articleId, readTo: place }
      save()
    },
    [save]
  )
  return {
    shown,
    divider,
    active,
    setActive,
    setDivider,
    openSecond,
    swap,
    closeActive,
    noteReadTo,
    sides,
    setSides
  }
}

/** Opens what the last launch left open, unless the user opened something before main answered;
 * the side panes' widths come back either way. */
function useRestore(
  sessions: [ReaderSession, ReaderSession],
  readTo: { current: Array<{ articleId: string; readTo: number } | null> },
  apply: (layout: ReaderLayout) => void,
  applySides: (sides: SidePanes) => void
): boolean {
  const [restored, setRestored] = useState(false)
  const latest = useRef(sessions)
  const applyLatest = useRef({ apply, applySides })
  useLayoutEffect(() => {
    latest.current = sessions
    applyLatest.current = { apply, applySides }
  })
  useEffect(() => {
    if (restored) return
    void api.getReaderLayout({}).then((result) => {
      setRestored(true)
      if (result.ok && result.value.sides) applyLatest.current.applySides(result.value.sides)
      const untouched = latest.current.every((session) => session.openId === null)
      if (!result.ok || !untouched) return
      applyLatest.current.apply(result.value)
      result.value.panes.forEach((pane, index) => {
        if (!pane.articleId) return
        readTo.current[index] = { articleId: pane.articleId, readTo: pane.readTo }
        latest.current[index]?.openAtPlace(pane.articleId, pane.readTo)
      })
    })
  }, [restored, readTo])
  return restored
}

/** Saves the layout a moment after it last changed (scrolling changes it often, so it is read from refs). */
function useSave(
  restored: boolean,
  state: LayoutState,
  readTo: { current: Array<{ articleId: string; readTo: number } | null> }
): () => void {
  const now = useRef(state)
  useLayoutEffect(() => {
    now.current = state
  })
  const { shown, divider, active, sides, sessions } = state
  const timer = useRef<number | undefined>(undefined)
  const schedule = useCallback(() => {
    if (!restored) return
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      timer.current = undefined
      void api.saveReaderLayout({ layout: layoutNow(now.current, readTo.current) })
    }, SAVE_AFTER_MS)
  }, [restored, readTo])
  const openIds = sessions.map((session) => session.openId).join(' ')
  useEffect(schedule, [schedule, shown, divider, active, sides, openIds])
  useEffect(() => {
    // Closing the window: what is waiting goes now (main writes it before it quits).
    const sendNow = () => {
      if (timer.current === undefined) return
      window.clearTimeout(timer.current)
      void api.saveReaderLayout({ layout: layoutNow(now.current, readTo.current) })
    }
    window.addEventListener('pagehide', sendNow)
    return () => {
      window.removeEventListener('pagehide', sendNow)
      window.clearTimeout(timer.current)
    }
  }, [readTo])
  return schedule
}

interface LayoutState {
  shown: number[]
  divider: number
  active: number
  sides: SidePanes
  sessions: ReaderSession[]
}

function layoutNow(
  { shown, divider, active, sides, sessions }: LayoutState,
  readTo: Array<{ articleId: string; readTo: number } | null>
): ReaderLayout {
  const panes = shown.map((index) => {
    const articleId = sessions[index]?.openId ?? null
    const place = readTo[index]
    return { articleId, readTo: place && place.articleId === articleId ? place.readTo : 0 }
  })
  return { panes, divider, active: Math.max(0, shown.indexOf(active)), sides }
}
