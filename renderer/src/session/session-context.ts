// The reader session of the pane a component sits in, for components deep in a pane (the
// selection toolbar, the find bar) that need the pane's id as their keymap scope or its state.
import { createContext, useContext } from 'react'
import type { ReaderSession } from './use-reader-session'

export const ReaderSessionContext = createContext<ReaderSession | null>(null)

export function usePaneSession(): ReaderSession {
  const session = useContext(ReaderSessionContext)
  if (!session) throw new Error('usePaneSession needs a reader pane (ReaderSessionContext) above it')
  return session
}
