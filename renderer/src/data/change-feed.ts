// The one long poll: asks main what changed since the last answer and applies each answer to the
// query cache before asking again, so events are applied in order. The same in Electron and web mode.
import type { QueryClient } from '@tanstack/react-query'
import { api } from '../api/client'
import { applyAnswer } from './apply-changes'
import { unwrap } from './call'
import { keys } from './query-keys'

const RETRY_MS = 2000

export function startChangeFeed(client: QueryClient): () => void {
  let alive = true
  let since = 0
  const source = { summaries: (ids: string[]) => unwrap(api.getArticleSummaries({ ids })) }
  void (async () => {
    while (alive) {
      const result = await api
        .waitForChanges({ since })
        .catch((err: unknown) => ({ ok: false as const, error: { message: String(err) } }))
      if (!alive) return
      client.setQueryData(keys.feedError, result.ok ? null : result.error.message)
      if (!result.ok) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
        continue
      }
      since = result.value.version
      // Should an answer fail half-way, nothing in the cache can be trusted to be current.
      await applyAnswer(client, result.value, source).catch(() => client.invalidateQueries())
    }
  })()
  return () => {
    alive = false
  }
}
