// The renderer's side of the per-article reading places (main/reading-places/ keeps them): a cache
// of what main answered or the reader noted, and the notes sent to main a moment later in one go
// per article, at once when the page goes (a reload, the window closing). One for the app: both
// panes note into it, and an article read in one pane reopens at the same words in the other.
import { api } from '../api/client'

const SEND_AFTER_MS = 1000

/** What is known of each article asked about or read: its place, or null for none kept. */
const known = new Map<string, number | null>()
const unsent = new Map<string, number>()
let timer: number | undefined

/** Notes where the reader is in an article (an offset into its text); sent to main a moment later. */
export function notePlace(articleId: string, offset: number): void {
  if (known.get(articleId) === offset) return
  known.set(articleId, offset)
  unsent.set(articleId, offset)
  window.clearTimeout(timer)
  timer = window.setTimeout(sendPlaces, SEND_AFTER_MS)
}

/** Where the reader left off in an article; null when none is kept (or main cannot say). */
export async function recallPlace(articleId: string): Promise<number | null> {
  const noted = known.get(articleId)
  if (noted !== undefined) return noted
  const result = await api.getReadingPlace({ articleId })
  // A place noted while main was answering is newer than main's.
  const offset = known.get(articleId) ?? (result.ok ? (result.value?.offset ?? null) : null)
  known.set(articleId, offset)
  return offset
}

/** Sends every place not yet sent (a failed write is kept by main and told as a notice there). */
export function sendPlaces(): void {
  window.clearTimeout(timer)
  timer = undefined
  for (const [articleId, offset] of unsent) void api.saveReadingPlace({ articleId, offset })
  unsent.clear()
}

/** Runs `leave` then sends, as the page goes: what the panes note as they go is not lost. */
export function onPageLeave(leave: () => void): () => void {
  const listener = () => {
    leave()
    sendPlaces()
  }
  window.addEventListener('pagehide', listener)
  return () => window.removeEventListener('pagehide', listener)
}
