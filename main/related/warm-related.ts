// The related index of each shard brought up to date as soon as a sync ends (a new search
// version), not at the user's first look at the Related tab: after a launch or an import that is
// every analysis read once (about a second at 10,000 articles), after an edit a few articles.
import type { ChangeLog } from '../events/change-log'
import type { SearchEngine } from '../search/search-engine'

const DEBOUNCE_MS = 200
const NOTHING = { documents: [], themes: [], confirmed: {}, rejected: {}, exclude: [], sourceDay: null, limit: 0 }

export function warmRelated(options: {
  opening: Promise<Pick<SearchEngine, 'relatedPassages'>>
  changes: Pick<ChangeLog, 'subscribe'>
  log?: (message: string) => void
}): () => void {
  let version = -1
  let timer: NodeJS.Timeout | null = null
  const warm = async (indexVersion: string) => {
    const started = performance.now()
    const answers = await (await options.opening).relatedPassages({ ...NOTHING, indexVersion })
    const refreshed = answers.reduce((sum, answer) => sum + answer.refreshed, 0)
    if (refreshed > 0)
      options.log?.(`[related] ${refreshed} articles read in ${Math.round(performance.now() - started)} ms`)
  }
  const stop = options.changes.subscribe((event) => {
    if (event.kind !== 'search' || event.status.state !== 'ready' || event.status.version === version) return
    version = event.status.version
    const at = String(version)
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      warm(at).catch((err: unknown) => options.log?.(`[related] not brought up to date: ${String(err)}`))
    }, DEBOUNCE_MS)
  })
  return () => {
    if (timer) clearTimeout(timer)
    stop()
  }
}
