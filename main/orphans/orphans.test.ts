// Nothing the user made is ever out of reach: a folder removed with annotated articles in it leaves
// its annotations listed "without an article"; adding it back with a file edited meanwhile, or the
// same text under another name in another folder, brings them back (re-anchored) and says so.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AnnotationView, Tag } from '../../common/model/annotation-types'
import type { Article, ArticleSummary } from '../../common/model/article-types'
import type { FolderStatus } from '../../common/model/app-status'
import type { OrphanGroup } from '../../common/model/orphans'
import { articleText } from '../../common/text/article-text'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { until } from '../../tests/support/until'

const SEED = join(import.meta.dirname, '../../resources/articles/001_f9f5c4dc7799c9e7.txt')

let app: SampleApp
let call: ReturnType<typeof callApi>
let corpus: string
let articleId: string
let quote: string

beforeAll(async () => {
  app = await startSampleApp('orphans')
  call = callApi(app.services)
  corpus = join(app.dataDir, 'corpus')
  await mkdir(corpus)
  await writeFile(join(corpus, 'reform.txt'), await readFile(SEED))
  await call('importFolder', { path: corpus })
  const summaries = await call<ArticleSummary[]>('listArticles', {})
  articleId = summaries.find((summary) => summary.folder === corpus)?.id ?? ''
  const article = await call<Article>('getArticle', { id: articleId })
  const text = articleText(article.blocks)
  const paragraph = article.blocks[2]?.text ?? ''
  const start = text.indexOf(paragraph)
  quote = text.slice(start, start + 60)
  const tag = await call<Tag>('createTag', { name: 'กระจายอำนาจ' })
  await call('createAnnotation', { articleId, start, end: start + 60, color: 'green', tags: [tag.id], note: 'สำคัญ' })
}, 60_000)
afterAll(() => app.close())

const orphans = () => call<OrphanGroup[]>('listOrphans', {})
const folder = async () =>
  (await call<FolderStatus[]>('listFolders', {})).find((entry) => entry.path === corpus) ?? null
const notices = () => app.services.status().notices

describe('annotations without an article', () => {
  it('counts the annotations a folder holds, so removing it can ask first', async () => {
    expect(await folder()).toMatchObject({ articleCount: 1, annotationCount: 1, annotatedArticles: 1 })
  })

  it('lists the annotations of a removed folder with quote, note, tags and the file they came from', async () => {
    await call('removeFolder', { path: corpus })
    const groups = await orphans()
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ articleId, source: { file: 'reform.txt', folder: corpus } })
    expect(groups[0]?.annotations[0]).toMatchObject({ quote, note: 'สำคัญ', tags: ['กระจายอำนาจ'], color: 'green' })
  })

  it('re-attaches them when the folder comes back with the file edited, re-anchored, and says so', async () => {
    const file = join(corpus, 'reform.txt')
    const [header, ...body] = (await readFile(file, 'utf8')).split('\n')
    await writeFile(file, [header, 'ย่อหน้าใหม่ที่เพิ่มเข้ามาก่อนเนื้อหาเดิมของบทความ', ...body].join('\n'))
    await call('importFolder', { path: corpus })
    expect((await call<ArticleSummary[]>('listArticles', {})).map((summary) => summary.id)).toContain(articleId)
    const [view] = await call<AnnotationView[]>('listAnnotations', { articleId })
    expect(view?.anchor.status).not.toBe('orphan')
    const text = articleText((await call<Article>('getArticle', { id: articleId })).blocks)
    if (view?.anchor.status !== 'orphan') expect(text.slice(view?.anchor.start, view?.anchor.end)).toBe(quote)
    expect(await orphans()).toEqual([])
    expect(notices().some((notice) => notice.includes('are back with their file'))).toBe(true)
  })

  it('re-attaches them to the same text imported under another name from another folder', async () => {
    await call('removeFolder', { path: corpus })
    expect(await orphans()).toHaveLength(1)
    const elsewhere = join(app.dataDir, 'elsewhere')
    await mkdir(elsewhere)
    const text = await readFile(join(corpus, 'reform.txt'), 'utf8')
    await writeFile(join(elsewhere, 'copy-under-another-name.txt'), `${text}\nย่อหน้าท้ายที่เพิ่มเข้ามา\n`)
    await call('importFolder', { path: elsewhere })
    await until(async () => (await orphans()).length === 0, 'the annotations re-attached', 20_000)
    const summaries = await call<ArticleSummary[]>('listArticles', {})
    expect(summaries.find((summary) => summary.id === articleId)).toMatchObject({
      file: 'copy-under-another-name.txt',
      annotationCount: 1
    })
    await call('removeFolder', { path: elsewhere })
  })

  it('deletes them only from that list, as one step that Undo takes back', async () => {
    expect(await orphans()).toHaveLength(1)
    const inLibrary = (await call<ArticleSummary[]>('listArticles', {}))[0]?.id
    await expect(call('deleteOrphans', { articleId: inLibrary })).rejects.toThrow(/back in the library/)
    expect(await call('deleteOrphans', { articleId })).toEqual({ deleted: 1 })
    expect(await orphans()).toEqual([])
    await call('undo', {})
    expect(await orphans()).toHaveLength(1)
  })
})
