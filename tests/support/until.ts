// Waits for a library that works in the background (a watcher, an import) to reach a state.
import { vi } from 'vitest'

/** The first truthy value `check` returns; fails naming `what` after `timeoutMs`. */
export async function until<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  try {
    return (await vi.waitUntil(check, { timeout: timeoutMs, interval: 50 })) as T
  } catch {
    throw new Error(`Timed out waiting for ${what}`)
  }
}
