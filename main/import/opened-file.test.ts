// A file the system opens Crossread with: the codebook or project is imported as Import… would,
// and the user gets a sentence either way (a refused zip, a missing file).
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Tag } from '../../common/model/annotation-types'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { importOpenedFile, openedFilesIn } from './opened-file'

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/refi-qda')
let app: SampleApp

beforeAll(async () => {
  app = await startSampleApp('opened-file')
}, 60_000)
afterAll(() => app.close())

describe('files the app is opened with', () => {
  it('are the annotation files among the arguments, resolved from where the app was started', () => {
    const argv = ['/opt/Crossread/crossread', '--no-sandbox', 'notes/project.QDPX', '/tmp/a.jsonld', 'readme.txt']
    expect(openedFilesIn(argv, '/home/researcher')).toEqual(['/home/researcher/notes/project.QDPX', '/tmp/a.jsonld'])
  })

  it('imports a codebook opened from the file manager, and says what came in', async () => {
    const outcome = await importOpenedFile(join(FIXTURES, 'codebook-1.0.qdc'), app.services.imports)
    expect(outcome).toMatchObject({ ok: true, message: 'codebook-1.0.qdc was imported' })
    expect(outcome.detail).toMatch(/\d+ new tags/)
    expect((await callApi(app.services)<Tag[]>('listTags', {})).length).toBeGreaterThan(0)
  })

  it('says why a file was not imported, and imports nothing', async () => {
    const before = await callApi(app.services)<Tag[]>('listTags', {})
    const bomb = await importOpenedFile(join(FIXTURES, 'zip-bomb.qdpx'), app.services.imports)
    expect(bomb).toMatchObject({ ok: false, message: 'zip-bomb.qdpx was not imported' })
    const missing = await importOpenedFile(join(FIXTURES, 'no-such-project.qdpx'), app.services.imports)
    expect(missing.ok).toBe(false)
    expect(missing.detail).not.toMatch(/ENOENT/)
    expect(await callApi(app.services)<Tag[]>('listTags', {})).toEqual(before)
  })
})
