// The renderer's data layer: one query cache, kept current by one change feed, for the whole app.
import { QueryClientProvider, skipToken, useQuery, type QueryClient } from '@tanstack/react-query'
import { useEffect, type ReactNode } from 'react'
import type { LibraryStatus } from '../../../common/model/app-status'
import { startChangeFeed } from './change-feed'
import { keys } from './query-keys'

export function DataProvider({ client, children }: { client: QueryClient; children: ReactNode }) {
  useEffect(() => startChangeFeed(client), [client])
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

/** The app's status from the feed; null until main first answers (queries wait for that). */
export function useAppStatus(): LibraryStatus | null {
  return useQuery<LibraryStatus>({ queryKey: keys.status, queryFn: skipToken }).data ?? null
}

/** Why main cannot be reached, while it cannot. */
export function useFeedError(): string | null {
  return useQuery<string | null>({ queryKey: keys.feedError, queryFn: skipToken }).data ?? null
}
