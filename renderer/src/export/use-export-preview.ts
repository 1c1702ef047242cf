// The preview of the chosen export: asked for a moment after the choice settles (a user running
// through the formats does not start an export's worth of work for each), and only the answer to
// the latest choice is shown (the query is keyed by the choice; an older answer lands under its
// own key). Never cached across openings: no change event names a preview, so each is fresh.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { ExportFormat, ExportPreview, ExportRequest } from '../../../common/model/export'
import { api } from '../api/client'
import { unwrap } from '../data/call'

const SETTLE_MS = 250

export interface PreviewState {
  /** The latest answer (kept, dimmed, while the next one is on its way). */
  preview: ExportPreview | null
  loading: boolean
  error: string | null
  /** What the last answer said this app can write; null before the first. */
  formats: ExportFormat[] | null
}

export function useExportPreview(request: ExportRequest | null): PreviewState {
  // One string: a request rebuilt on each render with the same fields asks nothing new.
  const key = request ? JSON.stringify(request) : null
  const settled = useSettled(key, SETTLE_MS)
  const answer = useQuery({
    queryKey: ['export-preview', settled],
    queryFn: () => unwrap(api.previewExport(JSON.parse(settled as string) as ExportRequest)),
    enabled: settled !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0
  })
  const [formats, setFormats] = useState<ExportFormat[] | null>(null)
  const answered = answer.data?.formats
  if (answered && answered !== formats) setFormats(answered)
  const error = answer.isError && !answer.isPlaceholderData ? answer.error.message : null
  return {
    preview: key === null || error ? null : (answer.data ?? null),
    loading: key !== settled || answer.isFetching,
    error: key === null ? null : error,
    formats
  }
}

/** The value once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}
