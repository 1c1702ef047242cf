// The reader's column: one pane, or two with a divider between them. The panes keep their place
// in the page whatever their order: swapping them changes which one is drawn on the left (CSS
// order), so neither article is laid out again or loses its scroll position.
import { useLayoutEffect, useRef } from 'react'
import { ReaderPane } from '../reader/ReaderPane'
import type { ReaderSession } from '../session/use-reader-session'
import { LinkConnector } from './LinkConnector'
import { PaneDivider } from './PaneDivider'
import type { PaneLayout } from './use-pane-layout'
import './panes.css'

/** Each session's pane label: "Second pane" so that a search for the first ("Reader") finds one. */
export const PANE_LABELS = ['Reader', 'Second pane'] as const
const EMPTY_HINTS = [
  'Choose an article in the library to start reading.',
  'Open an article here: Shift+Enter or Ctrl+click in the library, or “Open beside” in the About tab, related passages and passages views. Ctrl+Alt+\\ closes this pane.'
] as const

export function ReaderPanes({ sessions, layout }: { sessions: [ReaderSession, ReaderSession]; layout: PaneLayout }) {
  const row = useRef<HTMLDivElement>(null)
  const split = layout.shown.length === 2
  const showShare = (share: number) => row.current?.style.setProperty('--left-share', `${share * 100}%`)
  useLayoutEffect(() => showShare(layout.divider), [layout.divider])
  return (
    <div className="panes" ref={row} data-split={split || undefined}>
      {sessions.map((session, index) => {
        const position = layout.shown.indexOf(index)
        if (position < 0) return null
        return (
          <div
            key={session.id}
            className="pane-slot"
            data-position={position === 0 ? 'left' : 'right'}
            data-active={(split && layout.active === index) || undefined}
          >
            <ReaderPane
              session={session}
              label={PANE_LABELS[index] ?? 'Reader'}
              emptyHint={EMPTY_HINTS[index] ?? EMPTY_HINTS[0]}
              onEnter={() => layout.setActive(index)}
              onReadTo={(articleId, readTo) => layout.noteReadTo(index, articleId, readTo)}
            />
          </div>
        )
      })}
      {split && <PaneDivider share={layout.divider} onChange={layout.setDivider} row={row} preview={showShare} />}
      {split && <LinkConnector row={row} />}
    </div>
  )
}
