// The annotations sidebar of each reader pane. Only the pane in use shows its own; the other's
// stays mounted (hidden), so each keeps its filters and scroll while the user goes between. The
// tab is one for both: going to the other pane from its About tab shows the other article's About.
import { useState } from 'react'
import { AnnotationsSidebar, type SidebarTab } from '../annotations/AnnotationsSidebar'
import type { ReaderSession } from '../session/use-reader-session'

export function PaneSidebars({
  sessions,
  shown,
  active
}: {
  sessions: ReaderSession[]
  shown: number[]
  active: number
}) {
  const [tab, setTab] = useState<SidebarTab>('annotations')
  return sessions.map((session, index) => {
    if (!shown.includes(index)) return null
    const { loaded } = session
    return (
      <AnnotationsSidebar
        key={session.id}
        paneId={session.id}
        hidden={index !== active}
        tab={tab}
        onTab={setTab}
        article={loaded && { id: loaded.id, contentHash: loaded.contentHash }}
        view={session.annotations}
        selection={session.selection}
        activeId={session.activeId}
        reattachingId={session.reattachingId}
        onActivate={session.activate}
        onReattach={session.setReattachingId}
        evidenceShown={session.evidence.key}
        onShowEvidence={session.showEvidence}
      />
    )
  })
}
