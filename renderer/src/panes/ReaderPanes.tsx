// The reader's column: one pane, or two with a divider between them. The panes keep their place
// in the page whatever their order: swapping them changes which one is drawn on the left (CSS
// order), so neither article is laid out again or loses its scroll position.
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ReaderPane } from '../reader/ReaderPane'
import type { ReaderSession } from '../session/use-reader-session'
import { LinkConnector } from './LinkConnector'
import { PaneDivider } from './PaneDivider'
import type { PaneLayout } from './use-pane-layout'
import './panes.css'

/** Each session's pane label (message keys): "Second pane" so that a search for the first ("Reader") finds one. */
const PANE_LABELS = ['reader', 'second'] as const
const EMPTY_HINTS = ['emptyFirst', 'emptySecond'] as const

export function ReaderPanes({ sessions, layout }: { sessions: [ReaderSession, ReaderSession]; layout: PaneLayout }) {
  const { t } = useTranslation('panes')
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
              label={t(PANE_LABELS[index] ?? 'reader')}
              emptyHint={t(EMPTY_HINTS[index] ?? 'emptyFirst')}
              onEnter={() => layout.setActive(index)}
              onReadTo={(articleId, readTo) => layout.noteReadTo(index, articleId, readTo)}
            />
          </div>
        )
      })}
      {split && (
        <PaneDivider
          value={Math.round(layout.divider * 100)}
          min={20}
          max={80}
          step={5}
          reset={50}
          measures="left"
          label={t('dividerLabel')}
          title={t('dividerTitle')}
          onChange={(percent) => layout.setDivider(percent / 100)}
          preview={(percent) => showShare(percent / 100)}
          valueAt={(clientX) => {
            const box = row.current?.getBoundingClientRect()
            return box && box.width > 0 ? ((clientX - box.left) / box.width) * 100 : null
          }}
        />
      )}
      {split && <LinkConnector row={row} />}
    </div>
  )
}
