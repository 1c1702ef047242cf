// The annotations sidebar of each reader pane. Only the pane in use shows its own; the other's
// stays mounted (hidden), so each keeps its tab, filters and scroll while the user goes between.
import { AnnotationsSidebar } from '../annotations/AnnotationsSidebar'
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
  return sessions.map((session, index) => {
    if (!shown.includes(index)) return null
    const { loaded } = session
    return (
      <AnnotationsSidebar
        key={session.id}
        hidden={index !== active}
        article={loaded && { id: loaded.id, contentHash: loaded.contentHash }}
        view={session.annotations}
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
