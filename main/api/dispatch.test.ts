import { describe, expect, it } from 'vitest'
import type { Article } from '../../common/model/article-types'
import { ApiError } from '../../common/errors/api-error'
import { dispatch, type ApiHandlers } from './dispatch'

const article: Article = {
  summary: {
    id: 'a',
    folder: '/corpus',
    file: 'a.txt',
    title: 'ข่าว',
    titleDerived: false,
    titleConfidence: 0.9,
    titleHow: 'test',
    outlet: null,
    outletConfidence: 0,
    date: null,
    dateConfidence: 0,
    year: null,
    sourceUrl: null,
    annotationCount: 0,
    warnings: [],
    contentHash: '0123456789abcdef'
  },
  blocks: [{ kind: 'paragraph', text: 'ย่อหน้า' }]
}

const unused = () => Promise.reject(new Error('not used in this test'))

function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers {
  return {
    listArticles: () => [article.summary],
    getArticle: () => article,
    getArticleSummaries: unused,
    getOriginal: unused,
    openSource: () => ({ opened: 'https://example.com/' }),
    listFolders: () => [],
    getDomainWords: () => ({ words: [], own: [] }),
    addDomainWord: unused,
    removeDomainWord: unused,
    getArticleAnalysis: unused,
    listThemes: unused,
    getThemeOntology: unused,
    editThemeOntology: unused,
    getArticleCopies: unused,
    getRelated: unused,
    previewExport: unused,
    exportAnnotations: unused,
    importAnnotations: unused,
    correctArticle: unused,
    listOrphans: unused,
    deleteOrphans: unused,
    getDataFolder: unused,
    openDataFolder: unused,
    listRestorePoints: unused,
    backUpNow: unused,
    restoreBackup: unused,
    setBackupsKept: unused,
    getReaderLayout: unused,
    saveReaderLayout: unused,
    getReadingSettings: unused,
    saveReadingSettings: unused,
    getReadingPlace: unused,
    saveReadingPlace: unused,
    getShortcutOverrides: unused,
    saveShortcutOverrides: unused,
    createLink: unused,
    updateLink: unused,
    deleteLink: unused,
    listLinks: unused,
    getMemo: unused,
    setMemo: unused,
    listMemoMarks: unused,
    listCopyGroups: unused,
    dismissNearDuplicate: unused,
    listCitingArticles: unused,
    listDocuments: unused,
    getDocumentCitations: unused,
    decideCitations: unused,
    listCitationReview: unused,
    listThemeArticles: unused,
    chooseFolder: () => ({ supported: false, path: null }),
    importFolder: unused,
    cancelImport: () => ({ cancelled: false }),
    removeFolder: unused,
    waitForChanges: unused,
    listAnnotations: unused,
    createAnnotation: unused,
    updateAnnotation: unused,
    deleteAnnotation: unused,
    reattachAnnotation: unused,
    listTags: unused,
    countTagUsage: unused,
    createTag: unused,
    updateTag: unused,
    mergeTags: unused,
    deleteTag: unused,
    undo: unused,
    redo: unused,
    setThemeDecisions: unused,
    getThemeDecisions: unused,
    getThemeMatrix: unused,
    search: unused,
    listArticleFacets: unused,
    listPassages: unused,
    ...overrides
  }
}

describe('dispatch', () => {
  it('runs a valid call and wraps its value', async () => {
    expect(await dispatch(handlers(), 'getArticle', { id: 'a' })).toEqual({ ok: true, value: article })
  })

  it('never calls the handler with input that fails the schema', async () => {
    let called = false
    const result = await dispatch(handlers({ getArticle: () => ((called = true), article) }), 'getArticle', { id: 42 })
    expect(called).toBe(false)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('passes a user-facing error through and hides an unexpected one behind a plain sentence', async () => {
    const logged: string[] = []
    const expected = await dispatch(
      handlers({ getArticle: () => Promise.reject(new ApiError('not-found', 'Gone.')) }),
      'getArticle',
      { id: 'a' }
    )
    expect(expected).toEqual({ ok: false, error: { code: 'not-found', message: 'Gone.' } })
    const unexpected = await dispatch(
      handlers({ listArticles: () => Promise.reject(new Error('EACCES: /secret/path')) }),
      'listArticles',
      {},
      (message) => logged.push(message)
    )
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'failed' } })
    expect(JSON.stringify(unexpected)).not.toContain('/secret/path')
    expect(logged.join()).toContain('EACCES')
  })

  it('refuses theme decisions that are malformed, each with a sentence saying why', async () => {
    let called = false
    const set = handlers({ setThemeDecisions: () => ((called = true), []) })
    const refusal = async (decisions: unknown) => {
      const result = await dispatch(set, 'setThemeDecisions', { decisions })
      return result.ok ? 'accepted' : result.error.message
    }
    const one = { articleId: 'a', themeId: 'anti-corruption', verdict: 'confirmed' }
    expect(await refusal([])).toMatch(/Give at least one decision/)
    expect(await refusal([{ ...one, verdict: 'maybe' }])).toMatch(/decisions\[0\]\.verdict/)
    expect(await refusal([{ ...one, themeId: '' }])).toMatch(/A theme id is not empty/)
    expect(await refusal([{ ...one, articleId: '../etc' }])).toMatch(/An article id is 1–200 letters/)
    expect(await refusal([one, { ...one, verdict: 'rejected' }])).toMatch(/Each article and theme appears once/)
    expect(await refusal(Array.from({ length: 10_001 }, (_, i) => ({ ...one, themeId: `t${i}` })))).toMatch(
      /At most 10,000 decisions/
    )
    expect(
      await refusal([{ ...one, suggestion: { strength: 1, detected: true, ontologyVersion: 'v', cues: 'x' } }])
    ).toMatch(/suggestion\.cues/)
    expect(called).toBe(false)
    expect(
      await refusal([
        { ...one, verdict: null },
        { ...one, themeId: 'a user theme' }
      ])
    ).toBe('accepted')
  })

  it('refuses a method outside the table, including inherited names', async () => {
    expect(await dispatch(handlers(), 'constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' }
    })
    expect(await dispatch(handlers(), '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } })
  })
})
