// The reading settings of this window: read from the data folder at start, applied the moment
// they change (reader-style.ts), and saved a moment later, once the user stops dragging a slider.
// A save that fails says why; main keeps the settings until Crossread closes.
import './themes.css'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { DEFAULT_READING_SETTINGS, type ReadingSettings } from '../../../common/model/reading-settings'
import { api } from '../api/client'
import { applyReadingStyle } from './reader-style'
import { applyInterfaceLanguage } from '../i18n/i18n'
import { keepHint, readHint } from './reading-settings-hint'
import { systemPrefersDark, useSystemDark } from './use-system-dark'

/** How long after the last change the settings are written. */
const SAVE_DELAY_MS = 400

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string }

export interface ReadingSettingsControl {
  settings: ReadingSettings
  save: SaveState
  change: (patch: Partial<ReadingSettings>) => void
  reset: () => void
  /** Writes a change still waiting for its delay now (the dialog closing, the page going). */
  flush: () => void
}

// Painted before React's first render, from the last settings this browser applied: no flash of
// the light theme for a reader who chose dark.
applyReadingStyle(readHint(), systemPrefersDark())

export function useReadingSettings(): ReadingSettingsControl {
  const [settings, setSettings] = useState<ReadingSettings>(readHint)
  // What the next change builds on, ahead of React's render: two quick changes both count.
  const latest = useRef(settings)
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
  const systemDark = useSystemDark()
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; settings: ReadingSettings } | null>(null)
  const touched = useRef(false)

  useEffect(() => {
    let live = true
    void api.getReadingSettings({}).then((answer) => {
      // A change made before the file's answer came is the user's latest word: it stays.
      if (live && answer.ok && !touched.current) {
        latest.current = answer.value
        setSettings(answer.value)
      }
    })
    return () => void (live = false)
  }, [])

  useLayoutEffect(() => {
    applyReadingStyle(settings, systemDark)
    applyInterfaceLanguage(settings.language)
    keepHint(settings)
  }, [settings, systemDark])

  const write = useCallback((next: ReadingSettings) => {
    setSave({ kind: 'saving' })
    void api.saveReadingSettings({ settings: next }).then((answer) => {
      setSave(answer.ok ? { kind: 'saved' } : { kind: 'failed', message: answer.error.message })
    })
  }, [])

  const flush = useCallback(() => {
    const waiting = pending.current
    if (!waiting) return
    clearTimeout(waiting.timer)
    pending.current = null
    write(waiting.settings)
  }, [write])

  const schedule = useCallback(
    (next: ReadingSettings) => {
      touched.current = true
      if (pending.current) clearTimeout(pending.current.timer)
      pending.current = { settings: next, timer: setTimeout(flush, SAVE_DELAY_MS) }
      setSave({ kind: 'saving' })
    },
    [flush]
  )

  const change = useCallback(
    (patch: Partial<ReadingSettings>) => {
      const next = { ...latest.current, ...patch }
      latest.current = next
      setSettings(next)
      schedule(next)
    },
    [schedule]
  )
  const reset = useCallback(() => change(DEFAULT_READING_SETTINGS), [change])

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  return { settings, save, change, reset, flush }
}
