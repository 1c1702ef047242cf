// The renderer's query cache. Nothing goes stale by time, focus or reconnection: main's change
// events say what changed, and only that is refetched (change-feed.ts).
import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false }
    }
  })
}
