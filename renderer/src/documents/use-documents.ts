// The documents view's queries, each under the `documents` prefix: a new index version or a
// citation verdict makes them stale (apply-changes.ts), and only those on screen are asked again.
import { useQuery } from '@tanstack/react-query'
import type { DocumentSort, ReviewFilter } from '../../../common/model/documents'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'

export function useDocumentList(sort: DocumentSort) {
  const connected = useAppStatus() !== null
  return useQuery({
    queryKey: keys.documentList(sort),
    queryFn: () => unwrap(api.listDocuments({ sort })),
    enabled: connected,
    placeholderData: (previous) => previous
  })
}

export function useDocumentCitations(document: string | null) {
  const connected = useAppStatus() !== null
  return useQuery({
    queryKey: keys.documentCitations(document ?? ''),
    queryFn: () => unwrap(api.getDocumentCitations({ document: document ?? '' })),
    enabled: connected && document !== null
  })
}

export function useCitationReview(filter: ReviewFilter, document: string | null) {
  const connected = useAppStatus() !== null
  return useQuery({
    queryKey: keys.citationReview(filter, document),
    queryFn: () => unwrap(api.listCitationReview({ filter, document: document ?? undefined })),
    enabled: connected,
    placeholderData: (previous) => previous
  })
}
