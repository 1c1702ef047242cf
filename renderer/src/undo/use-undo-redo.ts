// Undo and redo for every annotation and codebook action (one history for the whole app), saying
// what they undid: the store answers the step's label ("highlight", "link passages"), shown for a
// few seconds in a polite live region, so a keyboard or screen-reader user knows what changed.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import { undoNotice } from './undo-words'

type Answer<T> = Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>

/** How long the notice stays: long enough to read a short line, short enough not to linger. */
const SHOWN_MS = 4000

/** `run` is the annotations' runner, which keeps a failure for the sidebar to show. */
export function useUndoRedo(run: <T>(call: Answer<T>) => Promise<T | null>): string | null {
  const { t } = useTranslation('status')
  const [notice, setNotice] = useState<{ text: string; at: number } | null>(null)
  const say = useCallback((text: string) => setNotice({ text, at: Date.now() }), [])
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.undo, () => {
    void run(api.undo({})).then((answer) => answer && say(undoNotice('undo', answer.undone, t)))
  })
  useShortcut(GLOBAL_SCOPE, APP_SHORTCUTS.redo, () => {
    void run(api.redo({})).then((answer) => answer && say(undoNotice('redo', answer.redone, t)))
  })
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(null), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [notice])
  return notice?.text ?? null
}
