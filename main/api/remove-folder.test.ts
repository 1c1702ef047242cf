// removeFolder through the API: a folder that was never in the library is said to be absent, not "removed".
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnnotationService } from '../annotations/annotation-service'
import { Library } from '../library/library'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'
import { DomainWordList } from '../lexicon/domain-word-list'

let root: string
let library: Library

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossread-remove-'))
  await mkdir(join(root, 'bundled'))
  await mkdir(join(root, 'corpus'))
  await writeFile(join(root, 'corpus', 'one.txt'), 'Báo Nhân dân - 2025 - หนึ่ง\nเนื้อหาของบทความ\n')
  const opened = await Library.open({
    dataDir: join(root, 'data'),
    bundledFolder: join(root, 'bundled'),
    watch: false,
    saveDelayMs: 10
  })
  library = opened.library
  await opened.synced
})
afterEach(async () => {
  await library.close()
  await rm(root, { recursive: true, force: true })
})

const call = (input: unknown) => {
  const unused = () => Promise.reject(new Error('not used here'))
  const handlers = createHandlers({
    library,
    status: library.status,
    annotations: {} as AnnotationService,
    search: { search: unused, articleAnalysis: unused, citingArticles: unused, themeCarriers: unused },
    ontology: null,
    words: new DomainWordList([], [], unused),
    openExternal: unused
  })
  return dispatch(handlers, 'removeFolder', input)
}

describe('removeFolder', () => {
  it('removes a folder of the library and answers with its path', async () => {
    const corpus = join(root, 'corpus')
    await library.importFolder(corpus)
    expect(await call({ path: corpus })).toEqual({ ok: true, value: { removed: corpus } })
    expect(library.folderStatus().map((folder) => folder.path)).toEqual(['Bundled sample articles'])
    expect(library.list()).toEqual([])
  })

  it('says that a folder never added is not in the library, and changes nothing', async () => {
    const corpus = join(root, 'corpus')
    await library.importFolder(corpus)
    const elsewhere = join(root, 'never-added')
    expect(await library.removeFolder(elsewhere)).toBe(false)
    expect(await call({ path: elsewhere })).toEqual({
      ok: false,
      error: { code: 'not-found', message: `This folder is not in the library, so nothing was removed: ${elsewhere}` }
    })
    expect(library.folderStatus().map((folder) => folder.path)).toEqual(['Bundled sample articles', corpus])
    expect(library.list()).toHaveLength(1)
  })

  it('says a folder removed once is no longer there the second time', async () => {
    const corpus = join(root, 'corpus')
    await library.importFolder(corpus)
    expect(await library.removeFolder(`${corpus}/`)).toBe(true) // the same folder, however it is spelt
    expect(await call({ path: corpus })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
