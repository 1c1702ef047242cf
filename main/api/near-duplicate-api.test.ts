// Near-duplicates through the API, as the renderer calls it (dispatch: validated input, typed
// answers) on the running services over the labelled fixtures: the copies of one story grouped,
// the other stories left alone, a wrong pair dismissed and brought back with undo, each step
// announced by a change event naming the articles it touched.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeEvent, ChangesAnswer } from '../../common/api/change-events'
import type { ArticleCopies, CopyGroups } from '../../common/model/near-duplicates'
import { nearDuplicateFolder } from '../../tests/support/near-duplicate-fixtures'
import { until } from '../../tests/support/until'
import { startServices, type Services } from '../app/start-services'
import { dispatch } from './dispatch'

let dir: string
let services: Services
const call = async <T>(method: Parameters<typeof dispatch>[1], input: unknown): Promise<T> => {
  const answer = await dispatch(services.handlers, method, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value as T
}
/** Article ids by fixture file name, without `.txt`. */
const id = (name: string) => services.library.list().find((article) => article.file === `${name}.txt`)?.id as string
const groups = async () => (await call<CopyGroups>('listCopyGroups', {})).groups
const copies = async (name: string) => (await call<ArticleCopies>('getArticleCopies', { id: id(name) })).copies
const names = (ids: string[]) => ids.map((one) => services.library.list().find((a) => a.id === one)?.file)
const ORIGINAL = 'nhandan-bacninh-two-tier-month'
const CUT_DOWN = 'baobacninh-cut-down-new-lead'
const VERBATIM = 'vietnamvn-bacninh-verbatim'

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-near-duplicates-'))
  await cp(nearDuplicateFolder, join(dir, 'articles'), { recursive: true })
  services = await startServices({
    dataDir: join(dir, 'data'),
    bundledFolder: join(dir, 'articles'),
    domainWordsFile: resolve(import.meta.dirname, '../../resources/domain-words.txt'),
    watch: false,
    openExternal: async () => undefined
  })
  await services.synced
}, 60_000)
afterAll(async () => {
  await services?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('near-duplicates through the API', () => {
  it(
    'groups the copies of one story and lists each copy with its outlet, date and shares',
    { timeout: 60_000 },
    async () => {
      await until(async () => (await groups()).length > 0 || null, 'the index to be compared', 50_000)
      expect((await groups()).map((group) => names(group).sort())).toEqual([
        [`${CUT_DOWN}.txt`, `${ORIGINAL}.txt`, `${VERBATIM}.txt`].sort()
      ])
      const ofOriginal = await copies(ORIGINAL)
      expect(ofOriginal.map((copy) => copy.id)).toEqual([id(VERBATIM), id(CUT_DOWN)])
      expect(ofOriginal[0]).toMatchObject({ outlet: 'Việt Nam', date: '2025-08-06' })
      const cutDown = ofOriginal[1]
      expect(cutDown).toMatchObject({ outlet: 'Báo Bắc Ninh', date: null, year: 2025 })
      expect(cutDown?.shareOfThis).toBeLessThan(0.6) // of the original, in the cut-down copy
      expect(cutDown?.shareOfCopy).toBeGreaterThan(0.6) // of the cut-down copy, in the original
      expect(await copies('baoquangninh-same-theme-other-story')).toEqual([])
      expect(await copies('baotintuc-bacninh-translated-differently')).toEqual([])
    }
  )

  it(
    'dismisses a wrong pair with an event naming both articles, and undo brings it back',
    { timeout: 30_000 },
    async () => {
      const { version } = (await call<ChangesAnswer>('waitForChanges', { since: 0, timeoutMs: 0 })) as {
        version: number
      }
      await call('dismissNearDuplicate', { articleId: id(CUT_DOWN), otherId: id(ORIGINAL) })
      await call('dismissNearDuplicate', { articleId: id(VERBATIM), otherId: id(CUT_DOWN) })
      expect(await copies(CUT_DOWN)).toEqual([])
      expect((await copies(ORIGINAL)).map((copy) => copy.id)).toEqual([id(VERBATIM)])
      expect((await groups()).map((group) => names(group).sort())).toEqual([
        [`${ORIGINAL}.txt`, `${VERBATIM}.txt`].sort()
      ])
      const answer = await call<ChangesAnswer>('waitForChanges', { since: version, timeoutMs: 1000 })
      const events = answer.kind === 'changes' ? answer.events : []
      const named = events.flatMap((event: ChangeEvent) => (event.kind === 'near-duplicates' ? event.articles : []))
      expect(new Set(named)).toEqual(new Set([id(CUT_DOWN), id(ORIGINAL), id(VERBATIM)]))

      await call('undo', {})
      expect((await copies(CUT_DOWN)).map((copy) => copy.id)).toEqual([id(VERBATIM)])
      expect(await groups()).toHaveLength(1)
      expect((await groups())[0]).toHaveLength(3)
    }
  )

  it('refuses input it cannot use, saying why', async () => {
    const refused = async (method: Parameters<typeof dispatch>[1], input: unknown) =>
      (await dispatch(services.handlers, method, input)).ok === false
    expect(await refused('dismissNearDuplicate', { articleId: id(ORIGINAL), otherId: id(ORIGINAL) })).toBe(true)
    expect(await refused('dismissNearDuplicate', { articleId: id(ORIGINAL) })).toBe(true)
    expect(await refused('dismissNearDuplicate', { articleId: '../x', otherId: id(ORIGINAL) })).toBe(true)
    expect(await refused('getArticleCopies', { id: id(ORIGINAL), extra: 1 })).toBe(true)
    expect(await refused('listCopyGroups', { all: true })).toBe(true)
    expect(await dispatch(services.handlers, 'getArticleCopies', { id: 'not-in-library' })).toEqual({
      ok: true,
      value: { state: 'ready', copies: [] }
    })
  })
})
