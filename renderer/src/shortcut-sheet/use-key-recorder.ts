// The sheet's "Change": the next key combo pressed becomes the shortcut's keys. Modifiers alone
// wait for a key; Escape cancels; a refused combo says why and keeps listening, so the user can
// press others. The sentence for the sheet's live region: the prompt, the refusal, or what changed.
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { recordCombo } from '../keys/record-combo'
import { formatCombo, type Platform } from './format-keys'
import type { Refusal } from './rebind-check'
import { describeShortcut } from './sheet-groups'
import type { ShortcutKeysControl } from './use-shortcut-keys'

export interface KeyRecorder {
  /** The shortcut waiting for its new keys, or null. */
  recording: string | null
  start: (id: string, description: string) => void
  /** Handles a key while recording; false when not recording (the key is the sheet's). */
  onKey: (event: KeyboardEvent) => boolean
  message: { text: string; refused: boolean } | null
}

export function useKeyRecorder(keys: ShortcutKeysControl, platform: Platform): KeyRecorder {
  const { t } = useTranslation('shortcuts')
  const [recording, setRecording] = useState<{ id: string; description: string } | null>(null)
  const [message, setMessage] = useState<KeyRecorder['message']>(null)

  const explain = (refusal: Refusal, shown: string): string => {
    if (refusal.kind === 'taken')
      return t('edit.taken', { keys: shown, other: describeShortcut(t, refusal.other.description) })
    return t(`edit.${refusal.kind}`, { keys: shown })
  }

  const start = (id: string, description: string) => {
    setRecording({ id, description })
    setMessage({ text: t('edit.prompt', { action: description }), refused: false })
  }

  const onKey = (event: KeyboardEvent): boolean => {
    if (!recording) return false
    event.preventDefault()
    const bare = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey
    if (event.key === 'Escape' && bare) {
      setRecording(null)
      setMessage({ text: t('edit.cancelled'), refused: false })
      return true
    }
    const combo = recordCombo(event)
    if (!combo) return true
    const shown = formatCombo(combo, platform).text
    const refusal = keys.rebind(recording.id, combo)
    if (refusal) setMessage({ text: `${explain(refusal, shown)} ${t('edit.again')}`, refused: true })
    else {
      setRecording(null)
      setMessage({ text: t('edit.done', { action: recording.description, keys: shown }), refused: false })
    }
    return true
  }

  return { recording: recording?.id ?? null, start, onKey, message }
}
