// The user's own shortcut keys in this window: read from the data folder at start (what cannot be
// used is dropped, usable-overrides.ts), put in the keymap the moment they change, so the next key
// press already uses them, and saved whole. A save that fails says why; main keeps them until
// Crossread closes.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ShortcutOverrides } from '../../../common/model/shortcut-overrides'
import { api } from '../api/client'
import { useKeymap } from '../keys/KeymapProvider'
import { rebindKeys, type Refusal } from './rebind-check'
import { shortcutCatalogue } from './shortcut-catalogue'
import { usableOverrides } from './usable-overrides'

export interface ShortcutKeysControl {
  overrides: ShortcutOverrides
  /** Gives shortcut `id` the combo, unless refused (then nothing changes and the refusal says why). */
  rebind: (id: string, combo: string) => Refusal | null
  reset: (id: string) => void
  resetAll: () => void
  /** Why the last save failed, or null. */
  problem: string | null
}

export function useShortcutKeys(): ShortcutKeysControl {
  const registry = useKeymap()
  const [overrides, setOverrides] = useState<ShortcutOverrides>({})
  const latest = useRef(overrides)
  const touched = useRef(false)
  const [problem, setProblem] = useState<string | null>(null)

  const apply = useCallback(
    (next: ShortcutOverrides) => {
      latest.current = next
      registry.setOverrides(next)
      setOverrides(next)
    },
    [registry]
  )

  useEffect(() => {
    let live = true
    void api.getShortcutOverrides({}).then((answer) => {
      // A change made before the file's answer came is the user's latest word: it stays.
      if (!live || !answer.ok || touched.current) return
      apply(usableOverrides(answer.value, registry.list(), (reason) => console.warn(reason)))
    })
    return () => void (live = false)
  }, [apply, registry])

  const save = useCallback(
    (next: ShortcutOverrides) => {
      touched.current = true
      apply(next)
      void api.saveShortcutOverrides({ overrides: next }).then((answer) => {
        setProblem(answer.ok ? null : answer.error.message)
      })
    },
    [apply]
  )

  const reset = useCallback(
    (id: string) => save(Object.fromEntries(Object.entries(latest.current).filter(([other]) => other !== id))),
    [save]
  )

  const rebind = useCallback(
    (id: string, combo: string) => {
      const result = rebindKeys(shortcutCatalogue(registry.list(), latest.current), latest.current, id, combo)
      if ('refusal' in result) return result.refusal
      save(result.overrides)
      return null
    },
    [registry, save]
  )

  const resetAll = useCallback(() => save({}), [save])
  return { overrides, rebind, reset, resetAll, problem }
}
