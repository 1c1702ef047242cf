// Where the app mounts the Export dialog: it reads what the scopes need from the reader panes and
// the library list, and shows the dialog while it is open.
import type { PaneLayout } from '../panes/use-pane-layout'
import type { ReaderSession } from '../session/use-reader-session'
import { ExportDialog } from './ExportDialog'
import { useLibraryShown } from './library-shown'
import { panesContext } from './scope-choice'
import type { ExportDialogControl } from './use-export-dialog'

interface Props {
  control: ExportDialogControl
  sessions: readonly ReaderSession[]
  layout: Pick<PaneLayout, 'shown' | 'active'>
}

export function ExportDialogHost({ control, sessions, layout }: Props) {
  const libraryIds = useLibraryShown()
  if (!control.isOpen) return null
  const context = panesContext(
    sessions.map((session) => session.openId),
    layout.shown,
    layout.active,
    libraryIds
  )
  const active = sessions[layout.active] ?? null
  return <ExportDialog control={control} context={context} activeTitle={active?.loaded?.title ?? null} />
}
