// Annotations find their article again by themselves: when articles are added to the library and
// some annotations have none, each new article is checked for their quotes; the one that holds
// them takes the departed article's id (so its memo, decisions and links come back too), its
// highlights re-anchor as after an edit, and the user is told. Runs after the change, off the
// API's path, one check at a time.
import { basename } from 'node:path'
import { articleText } from '../../common/text/article-text'
import type { ChangeLog } from '../events/change-log'
import type { Library } from '../library/library'
import { describeReturns } from '../library/describe-returns'
import { orphanAnnotations, orphanedArticleIds, type OrphanSources } from './list-orphans'
import { departedFoundIn, type DepartedQuotes } from './quotes-found'

/** Past this many new articles at once, only those that share a title or file name are read. */
const READ_ALL_UP_TO = 200

export interface ReturnDeps extends OrphanSources {
  library: OrphanSources['library'] & Pick<Library, 'get' | 'summaries' | 'departedAt' | 'adopt'>
  changes: Pick<ChangeLog, 'subscribe'>
  notice: (message: string) => void
  log?: (message: string) => void
}

export function followReturns(deps: ReturnDeps): { stop: () => void; settled: () => Promise<void> } {
  let checking: Promise<void> = Promise.resolve()
  const stop = deps.changes.subscribe((event) => {
    if (event.kind !== 'library' || event.added.length === 0) return
    const added = event.added
    checking = checking
      .then(() => reattach(deps, added))
      .catch((err: unknown) => deps.log?.(`[orphans] not checked: ${String(err)}`))
  })
  return { stop, settled: () => checking }
}

async function reattach(deps: ReturnDeps, added: string[]): Promise<void> {
  const orphaned = orphanedArticleIds(deps)
  if (orphaned.length === 0) return
  const departed: DepartedQuotes[] = []
  for (const articleId of orphaned) {
    const annotations = await orphanAnnotations(deps, articleId)
    departed.push({ articleId, quotes: annotations.map((annotation) => annotation.target.quote.exact) })
  }
  const back: string[] = []
  for (const id of candidates(deps, added, orphaned)) {
    const article = await deps.library.get(id)
    if (!article || departed.length === 0) continue
    const found = departedFoundIn(articleText(article.blocks), departed)
    if (!found || !(await deps.library.adopt(id, found))) continue
    back.push(article.summary.title)
    departed.splice(
      departed.findIndex((entry) => entry.articleId === found),
      1
    )
  }
  if (back.length > 0) deps.notice(describeReturns(back))
}

/** The new articles worth reading: all of a small batch, else those named like a departed one. */
function candidates(deps: ReturnDeps, added: string[], orphaned: string[]): string[] {
  const present = added.filter((id) => deps.library.has(id))
  if (present.length <= READ_ALL_UP_TO) return present
  const wanted = new Set(orphaned)
  const names = new Set<string>()
  for (const entry of deps.library.departedAt())
    if (wanted.has(entry.id)) names.add(entry.title).add(basename(entry.path))
  return deps.library
    .summaries(present)
    .filter((summary) => names.has(summary.title) || names.has(basename(summary.file)))
    .map((summary) => summary.id)
}
