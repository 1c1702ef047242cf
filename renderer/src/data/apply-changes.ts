// From main's change events to the query cache: each event makes stale only the queries it names,
// and small news (an article's annotation count and filters, tag counts, status) is written into
// the cache directly, without asking main again. Library entries are fetched by id and patched
// into the list: at 10,000 articles the whole list is 6 MB (docs/decisions/012-change-events.md).
import type { QueryClient } from '@tanstack/react-query'
import type { ChangeEvent, ChangesAnswer, ArticleAnnotationFacts } from '../../../common/api/change-events'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { LibraryStatus } from '../../../common/model/app-status'
import type { ArticleFacets } from '../../../common/model/search-types'
import { keys } from './query-keys'
import { reinstallDomainWords } from '../api/installed-words'
import { patchThemeMatrix } from '../themes-view/theme-matrix-cache'
import { patchMemoMarks } from '../memos/memo-marks-cache'

/** More changed entries than this refetch the list in one request rather than by id. */
export const PATCH_LIMIT = 1000

export interface FeedSource {
  summaries(ids: string[]): Promise<ArticleSummary[]>
}

export async function applyAnswer(client: QueryClient, answer: ChangesAnswer, source: FeedSource): Promise<void> {
  if (answer.kind === 'reset') {
    const hadData = client.getQueryData(keys.status) !== undefined
    client.setQueryData(keys.status, answer.status)
    // A page that had data has missed events: all of it may be stale. A new page has fetched nothing.
    const fetched = (key: unknown) => key !== keys.status[0] && key !== keys.feedError[0]
    if (hadData) void client.invalidateQueries({ predicate: (query) => fetched(query.queryKey[0]) })
    return
  }
  for (const event of answer.events) await applyEvent(client, event, source)
}

async function applyEvent(client: QueryClient, event: ChangeEvent, source: FeedSource): Promise<void> {
  const status = (part: Partial<LibraryStatus>) =>
    client.setQueryData<LibraryStatus>(keys.status, (old) => old && { ...old, ...part })
  switch (event.kind) {
    case 'library':
      void client.invalidateQueries({ queryKey: keys.passages }) // titles and dates group and sort them
      void client.invalidateQueries({ queryKey: keys.related }) // and head related passages
      // A link shows the other end's title and anchor: any article changed may be another's other end.
      if (event.changed.length + event.removed.length > 0) void client.invalidateQueries({ queryKey: keys.links })
      void client.invalidateQueries({ queryKey: keys.orphans }) // an article gone or back
      return patchLibrary(client, event, source)
    case 'folders':
      return void client.invalidateQueries({ queryKey: keys.folders })
    case 'annotations':
      // Annotations of an article not in the library: one deleted from that list, or undone.
      if (namesArticleNotListed(client, event.articles)) void client.invalidateQueries({ queryKey: keys.orphans })
      return patchAnnotations(client, event.articles)
    case 'codebook':
      void client.invalidateQueries({ queryKey: keys.passages }) // a tag nested elsewhere changes "with sub-tags"
      return void client.invalidateQueries({ queryKey: keys.tags })
    case 'theme-decisions':
      void client.invalidateQueries({ queryKey: keys.passages }) // a theme's passages are its confirmed articles'
      void client.invalidateQueries({ queryKey: keys.related }) // a verdict weighs in the ranking
      for (const id of event.articles) void client.invalidateQueries({ queryKey: keys.themeDecisionsOf(id) })
      void patchThemeMatrix(client, event.articles) // the themes view's cells
      return void client.invalidateQueries({ queryKey: keys.allThemeDecisions })
    case 'tag-usage':
      return void client.setQueryData<Record<string, number>>(
        keys.tagUsage,
        (old) => old && { ...old, ...event.counts }
      )
    case 'search': {
      // A sync that ended (articles added, changed or gone, an edited ontology analysed again) may
      // have changed any analysis and which articles carry a theme. Its status events can reach us
      // folded into the last, so the version tells, though notes indexed grow it too: only the
      // queries on screen are asked again, and those are small.
      const was = client.getQueryData<LibraryStatus>(keys.status)?.search
      if (was && was.version !== event.status.version && event.status.state === 'ready') {
        for (const queryKey of keys.analysed) void client.invalidateQueries({ queryKey })
        // Theme filters read the analyses' evidence paragraphs.
        void client.invalidateQueries({ predicate: ({ queryKey }) => isThemePassages(queryKey) })
      }
      return void status({ search: event.status })
    }
    case 'store':
      return void status({ annotations: event.status })
    case 'import':
      return void status({ importing: event.importing, lastImport: event.lastImport })
    case 'notices':
      return void status({ notices: event.notices })
    case 'export':
      return void status({ exporting: event.exporting })
    case 'theme-ontology':
      // Labels and cues now; the analyses follow once the index has detected again (a new search version).
      void client.invalidateQueries({ queryKey: keys.themes })
      return void client.invalidateQueries({ queryKey: keys.ontology })
    case 'near-duplicates': {
      // One pass over the cache for every article named (a first comparison may name hundreds).
      const named = new Set(event.articles)
      void client.invalidateQueries({ queryKey: keys.copyGroups })
      // An article's copies are left out of its related passages.
      void client.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === 'related' && named.has(queryKey[1] as string)
      })
      return void client.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] === keys.copiesOf('')[0] && named.has(queryKey[1] as string)
      })
    }
    case 'links':
      void client.invalidateQueries({ queryKey: keys.passages }) // the link-kind filter
      for (const id of event.articles) void client.invalidateQueries({ queryKey: keys.linksOf(id) })
      return
    case 'memos':
      return patchMemoMarks(client, event.articles)
    case 'citation-decisions':
      // The About tabs of the articles named (their citations show the verdict), and the documents views.
      for (const id of event.articles) void client.invalidateQueries({ queryKey: ['analysis', id] })
      return void client.invalidateQueries({ queryKey: keys.documents })
    case 'domain-words':
      // Cut with the new list from now on; the index says when it has re-read what the list affects.
      return void reinstallDomainWords(event.words)
    default:
      return void (event satisfies never) // a new kind of event must be handled here
  }
}

async function patchLibrary(
  client: QueryClient,
  event: ChangeEvent & { kind: 'library' },
  source: FeedSource
): Promise<void> {
  // A changed text re-anchors its annotations; so does an article back in the library (its folder
  // added again, its file edited meanwhile), whose old answer may still be cached.
  for (const id of [...event.changed, ...event.added])
    void client.invalidateQueries({ queryKey: keys.annotationsOf(id) })
  const wanted = [...event.added, ...event.changed]
  // A list on its way may predate this event; one not fetched yet will include it.
  const refetch = () => void client.invalidateQueries({ queryKey: keys.articles })
  if (client.isFetching({ queryKey: keys.articles }) > 0 || wanted.length > PATCH_LIMIT) return refetch()
  if (client.getQueryData(keys.articles) === undefined) return
  const fresh = wanted.length > 0 ? await source.summaries(wanted).catch(() => null) : []
  if (fresh === null) return refetch()
  client.setQueryData<ArticleSummary[]>(
    keys.articles,
    (list) => list && mergeSummaries(list, fresh, new Set(event.removed))
  )
}

function namesArticleNotListed(client: QueryClient, articles: Record<string, unknown>): boolean {
  const list = client.getQueryData<ArticleSummary[]>(keys.articles)
  if (!list) return false
  const listed = new Set(list.map((summary) => summary.id))
  return Object.keys(articles).some((id) => !listed.has(id))
}

/** The list with `gone` taken out, `fresh` summaries replacing their old selves, and new ones at the end. */
export function mergeSummaries(
  list: ArticleSummary[],
  fresh: ArticleSummary[],
  gone: ReadonlySet<string>
): ArticleSummary[] {
  const byId = new Map(fresh.map((summary) => [summary.id, summary]))
  const kept = list.flatMap((summary) => {
    if (gone.has(summary.id)) return []
    const replaced = byId.get(summary.id)
    byId.delete(summary.id)
    return [replaced ?? summary]
  })
  return [...kept, ...byId.values()]
}

const isThemePassages = (queryKey: readonly unknown[]) =>
  queryKey[0] === keys.passages[0] && typeof queryKey[1] === 'string' && queryKey[1].includes('"theme"')

function patchAnnotations(client: QueryClient, articles: Record<string, ArticleAnnotationFacts>): void {
  void client.invalidateQueries({ queryKey: keys.passages })
  for (const id of Object.keys(articles)) void client.invalidateQueries({ queryKey: keys.annotationsOf(id) })
  client.setQueryData<ArticleSummary[]>(keys.articles, (list) => {
    const recounted = (summary: ArticleSummary) =>
      articles[summary.id] !== undefined && articles[summary.id]?.count !== summary.annotationCount
    if (!list?.some(recounted)) return list
    return list.map((summary) =>
      recounted(summary) ? { ...summary, annotationCount: articles[summary.id]?.count ?? 0 } : summary
    )
  })
  client.setQueryData<ArticleFacets>(keys.facets, (facets) => {
    if (!facets) return facets
    const next = { ...facets }
    for (const [id, { count, colors, tags }] of Object.entries(articles)) {
      if (count === 0) delete next[id]
      else next[id] = { colors, tags }
    }
    return next
  })
}
