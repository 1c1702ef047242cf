// Near-duplicates kept in step with the index: each time a sync ends (a new search version), the
// workers send the sketches that changed, main pairs every article again and publishes which
// articles' copies changed; a dismissal, or its undo, regroups without asking the workers. The
// renderer refetches only the articles an event names, and the library's group marks.
import type { AnnotationService } from '../annotations/annotation-service'
import type { ChangeLog } from '../events/change-log'
import { NearDuplicateIndex, type CopyFigures } from '../duplicates/near-duplicate-index'
import type { SearchEngine } from '../search/search-engine'

/** What the API reads: null copies while the first comparison after launch has not run. */
export interface NearDuplicates {
  copiesOf(id: string): CopyFigures[] | null
  groups(): string[][]
  stop(): void
}

const DEBOUNCE_MS = 100

export function followNearDuplicates(options: {
  opening: Promise<Pick<SearchEngine, 'sketchChanges'>>
  changes: ChangeLog
  annotations: Pick<AnnotationService, 'onChanges'>
  /** Whether the user dismissed the pair (the store's dismissals, read when asked). */
  dismissed: (a: string, b: string) => boolean
  log?: (message: string) => void
}): NearDuplicates {
  const index = new NearDuplicateIndex()
  index.useDismissals(options.dismissed)
  const publish = (articles: string[]) => {
    if (articles.length > 0) options.changes.publish({ kind: 'near-duplicates', articles })
  }
  let stopped = false
  let comparing: Promise<void> = Promise.resolve()
  const compare = async () => {
    const engine = await options.opening
    if (stopped) return
    const started = performance.now()
    const changed = index.apply(await engine.sketchChanges())
    if (!changed && index.ready) return
    const articles = index.compare()
    const took = Math.round(performance.now() - started)
    options.log?.(
      `[duplicates] compared in ${took} ms: ${index.groupList().length} groups, ${articles.length} articles changed`
    )
    publish(articles)
  }
  let timer: NodeJS.Timeout | null = null
  let version = -1
  const stopIndex = options.changes.subscribe((event) => {
    if (event.kind !== 'search' || event.status.state !== 'ready' || event.status.version === version) return
    version = event.status.version
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      comparing = comparing
        .then(compare)
        .catch((err: unknown) => options.log?.(`[duplicates] not compared: ${String(err)}`))
    }, DEBOUNCE_MS)
  })
  const stopDismissals = options.annotations.onChanges(({ changes }) => {
    if (changes.some((change) => change.kind === 'nearDuplicateDismissal'))
      publish(index.useDismissals(options.dismissed))
  })
  return {
    copiesOf: (id) => (index.ready ? index.copiesOf(id) : null),
    groups: () => index.groupList(),
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
      stopIndex()
      stopDismissals()
    }
  }
}
