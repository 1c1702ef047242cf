// Confirming and rejecting reform themes: undoable like every annotation action, one step for a
// whole review list, attributed and dated, kept through a reopen, and published as a diff.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ThemeDecision } from '../../common/model/theme-decision'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { AnnotationService } from './annotation-service'
import { localUserName } from './local-user-name'
import type { ThemeDecisionInput } from './theme-review'
import type { AppliedChanges } from './undoable-actions'

const ARTICLE = 'a0123456789abcde'
const OTHER = 'b0123456789abcde'
const NOW = new Date('2026-03-04T05:06:07.000Z')
const SUGGESTED = { strength: 0.72, detected: true, ontologyVersion: 'default-3', cues: ['ทินห์ กอน', 'sắp xếp'] }
let dir: string
let opened: OpenedStore
let service: AnnotationService
let applied: AppliedChanges[]

const serviceOn = (store: OpenedStore['store']) =>
  new AnnotationService({ store, loadArticle: async () => undefined, now: () => NOW, userName: 'นักวิจัย ก' })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-theme-review-'))
  opened = await openAnnotationStore(dir, { coalesceMs: 10 })
  service = serviceOn(opened.store)
  applied = []
  service.onChanges((diff) => applied.push(diff))
})
afterEach(async () => {
  await opened.store.flush()
  await opened.store.shutDown()
  await opened.lock?.release()
  await rm(dir, { recursive: true, force: true })
})

const decide = (themeId: string, verdict: ThemeDecisionInput['verdict'], articleId = ARTICLE) =>
  service.setThemeDecisions({ decisions: [{ articleId, themeId, verdict, suggestion: SUGGESTED }] })
/** Each decision as `article/theme=verdict`, in a stable order. */
const stored = (articleId?: string) =>
  service.themeDecisions(articleId).map((one) => `${one.articleId[0]}/${one.themeId}=${one.verdict}`)

describe('theme decisions', () => {
  it('undoes a reject back to the confirm, then to no decision, and redoes both', async () => {
    await decide('apparatus-streamlining', 'confirmed')
    await decide('apparatus-streamlining', 'rejected')
    expect(stored()).toEqual(['a/apparatus-streamlining=rejected'])
    expect(service.historyLabels()).toEqual({ undo: 'reject theme', redo: null })
    expect(await service.undo()).toEqual({ undone: 'reject theme' })
    expect(stored()).toEqual(['a/apparatus-streamlining=confirmed'])
    expect(await service.undo()).toEqual({ undone: 'confirm theme' })
    expect(stored()).toEqual([])
    await service.redo()
    expect(stored()).toEqual(['a/apparatus-streamlining=confirmed'])
    await service.redo()
    expect(stored()).toEqual(['a/apparatus-streamlining=rejected'])
  })

  it('records who decided, when, and what detection suggested', async () => {
    const [made] = await decide('anti-corruption', 'confirmed')
    expect(made).toEqual({
      id: `${ARTICLE} anti-corruption`,
      articleId: ARTICLE,
      themeId: 'anti-corruption',
      verdict: 'confirmed',
      by: 'นักวิจัย ก',
      at: NOW.toISOString(),
      suggestion: SUGGESTED
    } satisfies ThemeDecision)
    expect(localUserName(() => ({ username: 'somchai' }))).toBe('somchai')
    const noAccount = () => {
      throw new Error('ENOENT: no passwd entry')
    }
    expect(localUserName(noAccount)).toBe('local user')
  })

  it('applies a whole review list as one undo step, clearing with a null verdict', async () => {
    await decide('digital-transformation', 'rejected', OTHER)
    const answer = await service.setThemeDecisions({
      decisions: [
        { articleId: ARTICLE, themeId: 'apparatus-streamlining', verdict: 'confirmed' },
        { articleId: ARTICLE, themeId: 'a theme the user added', verdict: 'rejected', suggestion: null },
        { articleId: OTHER, themeId: 'digital-transformation', verdict: null }
      ]
    })
    expect(answer.map((one) => one.themeId)).toEqual(['apparatus-streamlining', 'a theme the user added'])
    expect(stored()).toEqual(['a/a theme the user added=rejected', 'a/apparatus-streamlining=confirmed'])
    expect(stored(OTHER)).toEqual([])
    expect(service.historyLabels().undo).toBe('review 3 themes')
    await service.undo()
    expect(stored()).toEqual(['b/digital-transformation=rejected'])
    expect(service.historyLabels().undo).toBe('reject theme')
  })

  it('keeps a verdict the article already has as first decided, adding no undo step', async () => {
    await decide('apparatus-streamlining', 'confirmed')
    const first = service.themeDecisions(ARTICLE)[0]
    await service.setThemeDecisions({
      decisions: [{ articleId: ARTICLE, themeId: 'apparatus-streamlining', verdict: 'confirmed', suggestion: null }]
    })
    expect(service.themeDecisions(ARTICLE)[0]).toEqual(first)
    await service.undo()
    expect(stored()).toEqual([])
  })

  it('publishes the diff (an undo reversed) and keeps decisions through a reopen', async () => {
    await decide('apparatus-streamlining', 'confirmed')
    await decide('apparatus-streamlining', 'rejected')
    await service.undo()
    const verdictOf = (value: unknown) => (value as ThemeDecision | null)?.verdict ?? '-'
    const brief = (diff: AppliedChanges) =>
      diff.changes.map((c) => `${c.kind} ${verdictOf(c.before)}→${verdictOf(c.after)}`).join()
    expect(applied.map(brief)).toEqual([
      'themeDecision -→confirmed',
      'themeDecision confirmed→rejected',
      'themeDecision rejected→confirmed'
    ])
    expect(applied.every((diff) => Object.keys(diff.articles).length === 0)).toBe(true) // no badge changed
    await opened.store.shutDown() // as a kill: only the journal holds them
    await opened.lock?.release()
    opened = await openAnnotationStore(dir)
    service = serviceOn(opened.store)
    expect(stored()).toEqual(['a/apparatus-streamlining=confirmed'])
  })
})
