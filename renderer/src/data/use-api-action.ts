// One user action through the API at a time: busy while it runs, its refusal or an unreachable main worded for the user (the codebook forms, the theme editor).
import { useCallback, useState } from 'react'
import type { ApiResponse } from '../../../common/api/contract'

export interface ApiAction {
  /** The last failure, worded for the user; cleared when the next call starts. */
  error: string | null
  busy: boolean
  /** Runs one call and returns its value, or null with the error worded for the user (main's change events bring what changed). */
  run<T>(call: () => Promise<ApiResponse<T>>): Promise<T | null>
  setError(message: string | null): void
}

export function useApiAction(): ApiAction {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const run = useCallback(async <T>(call: () => Promise<ApiResponse<T>>): Promise<T | null> => {
    setError(null)
    setBusy(true)
    try {
      const result = await call()
      if (!result.ok) {
        setError(result.error.message)
        return null
      }
      return result.value
    } catch (thrown) {
      // The preload's IPC can reject (main gone, say) instead of answering.
      setError(
        `Crossread could not reach its main process: ${thrown instanceof Error ? thrown.message : String(thrown)}`
      )
      return null
    } finally {
      setBusy(false)
    }
  }, [])

  return { error, busy, run, setError }
}
