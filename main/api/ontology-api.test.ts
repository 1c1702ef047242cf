// getThemeOntology and editThemeOntology as the theme editor calls them: every edit checked where
// the call arrives (cue text, weight, labels, which theme), and on the running services an edit
// that shows in the articles' analyses without a relaunch, announced as a theme-ontology change
// then a new search version, kept in the data folder, with the user's theme decisions untouched.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangesAnswer } from '../../common/api/change-events'
import type { IndexedAnalysis } from '../../common/model/intelligence-types'
import type { OntologyEditResult } from '../../common/model/ontology-view'
import type { ThemeDecision } from '../../common/model/theme-decision'
import type { Services } from '../app/start-services'
import type { ApiMethodName } from '../../common/api/method-names'
import { callApi, SAMPLE_ARTICLES, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { userOntologyFile } from '../ontology/user-ontology-file'
import { until } from '../../tests/support/until'
import { dispatch } from './dispatch'

const shippedText = await readFile(resolve(SAMPLE_ARTICLES, '../themes-ontology.json'), 'utf8')
const CUE = 'คำปรึกษา' // "advice": in six paragraphs of the Nhân dân article
const THEME = 'administrative-reform'
let dataDir: string
let services: Services

let app: SampleApp
const call = <T>(method: ApiMethodName, input: unknown) => callApi(services)<T>(method, input)
const refused = (input: unknown) => dispatch(services.handlers, 'editThemeOntology', input)

beforeAll(async () => {
  app = await startSampleApp('ontology-api')
  ;({ dataDir, services } = app)
}, 60_000)
afterAll(() => app?.close())

describe('editThemeOntology', () => {
  it.each([
    ['an empty cue', { action: 'add-cue', theme: THEME, cue: { text: '  ', weight: 1 } }, /needs a word/],
    ['a cue over two lines', { action: 'add-cue', theme: THEME, cue: { text: 'ก\nข', weight: 1 } }, /one line/],
    [
      'a zero-width space in a cue',
      { action: 'add-cue', theme: THEME, cue: { text: 'ก\u200bข', weight: 1 } },
      /invisible/
    ],
    ['a cue of no letter', { action: 'add-cue', theme: THEME, cue: { text: '12-34', weight: 1 } }, /one letter/],
    ['a weight of 0', { action: 'add-cue', theme: THEME, cue: { text: CUE, weight: 0 } }, /more than 0/],
    ['a weight over 1', { action: 'add-cue', theme: THEME, cue: { text: CUE, weight: 1.5 } }, /at most 1/],
    ['a weight as text', { action: 'add-cue', theme: THEME, cue: { text: CUE, weight: '1' } }, /weight/],
    ['a language not th or vi', { action: 'add-cue', theme: THEME, cue: { text: CUE, weight: 1, lang: 'en' } }, /lang/],
    [
      'a theme without its Thai label',
      { action: 'add-theme', label: { en: 'Land', th: '' }, cue: { text: CUE, weight: 1 } },
      /Thai label/
    ],
    ['an unknown action', { action: 'rename-theme', theme: THEME }, /action/],
    ['a field it does not know', { action: 'reset-all', file: '/etc/passwd' }, /file/]
  ])('refuses %s, changing nothing', async (_, edit, message) => {
    const answer = await refused({ edit })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(answer.ok ? '' : answer.error.message).toMatch(message)
    expect(existsSync(userOntologyFile(dataDir))).toBe(false)
  })

  it('says when the theme or the cue is not there', async () => {
    expect(await refused({ edit: { action: 'add-cue', theme: 'nope', cue: { text: CUE, weight: 1 } } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
    expect(await refused({ edit: { action: 'remove-cue', theme: THEME, text: 'ไม่มี' } })).toMatchObject({
      ok: false,
      error: { code: 'not-found' }
    })
  })

  it(
    'detects again without a relaunch, keeps the decisions, and goes back to the shipped ontology',
    { timeout: 60_000 },
    async () => {
      const article = services.library.list().find((summary) => summary.file.startsWith('003_'))!
      const analysis = () => call<IndexedAnalysis | null>('getArticleAnalysis', { id: article.id })
      const cues = async () =>
        (await analysis())?.themes.find((t) => t.id === THEME)?.evidence.flatMap((e) => e.cues.map((c) => c.cue)) ?? []
      await until(async () => (await analysis()) !== null, 'the article to be analysed', 50_000)
      expect(await cues()).not.toContain(CUE)
      await call('setThemeDecisions', { decisions: [{ articleId: article.id, themeId: THEME, verdict: 'rejected' }] })
      const decisions = await call<ThemeDecision[]>('getThemeDecisions', { articleId: article.id })
      const since = services.handlers.waitForChanges({ since: 0, timeoutMs: 0 }) as Promise<ChangesAnswer>
      const { version } = await since

      const edited = await call<OntologyEditResult>('editThemeOntology', {
        edit: { action: 'add-cue', theme: THEME, cue: { text: CUE, weight: 1 } }
      })
      expect(edited).toMatchObject({ changed: true, saved: true, theme: THEME, ontology: { yours: true } })
      await until(async () => (await cues()).includes(CUE), 'the new cue as evidence', 30_000)
      // The edit at once, then (the views ask for the analyses again) the index's new version.
      const kinds = async () => {
        const changes = (await services.handlers.waitForChanges({ since: version, timeoutMs: 0 })) as ChangesAnswer
        return changes.kind === 'changes' ? changes.events.map((event) => event.kind) : []
      }
      expect(await kinds()).toContain('theme-ontology')
      await until(async () => {
        const seen = await kinds()
        return seen.lastIndexOf('search') > seen.indexOf('theme-ontology')
      }, 'a search version after the edit')
      expect(await call('getThemeDecisions', { articleId: article.id })).toEqual(decisions)
      expect(JSON.parse(await readFile(userOntologyFile(dataDir), 'utf8'))).toMatchObject({ version: 1 })
      expect(await readFile(resolve(SAMPLE_ARTICLES, '../themes-ontology.json'), 'utf8')).toBe(shippedText)

      // A theme of the user's shows in the list the views label themes from.
      const added = await call<OntologyEditResult>('editThemeOntology', {
        edit: { action: 'add-theme', label: { en: 'Advisory work', th: 'งานให้คำปรึกษา' }, cue: { text: CUE, weight: 1 } }
      })
      expect(added.theme).toBe('advisory-work')
      const { themes } = await call<{ themes: { id: string }[] }>('listThemes', {})
      expect(themes.map((theme) => theme.id)).toContain('advisory-work')
      await until(async () => (await analysis())?.themes.some((t) => t.id === 'advisory-work'), 'the new theme', 30_000)

      await call('editThemeOntology', { edit: { action: 'reset-all' } })
      await until(async () => !(await cues()).includes(CUE), 'the cue gone again', 30_000)
      expect(existsSync(userOntologyFile(dataDir))).toBe(false)
      expect(await call('getThemeDecisions', { articleId: article.id })).toEqual(decisions)
    }
  )
})
