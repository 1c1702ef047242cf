// How the view benches call the app: through main/api/dispatch.ts (validation and all), as the
// renderer's calls arrive; timing one; and waiting for the index to hold the whole corpus.
import type { SearchResults } from '../../common/model/search-types'
import { dispatch } from '../../main/api/dispatch'
import type { Services } from '../../main/app/start-services'
import type { ApiMethodName } from '../../common/api/method-names'

export async function call<T>(services: Services, method: ApiMethodName, input: unknown): Promise<T> {
  const answer = await dispatch(services.handlers, method, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}

export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const value = await work()
  return [performance.now() - started, value]
}

/** Until the index is ready with at least `count` articles; resolves with the moment it was seen so. */
export async function untilIndexed(services: Services, count: number, pollMs = 100): Promise<number> {
  for (;;) {
    const { status } = await call<SearchResults>(services, 'search', { query: 'การ', limit: 1 })
    if (status.state === 'ready' && status.indexed >= count) return performance.now()
    await new Promise((done) => setTimeout(done, pollMs))
  }
}
