// The read-time check: a file swapped for a link after the scan listed it is not read.
import { mkdir, mkdtemp, rm, stat, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ParseService } from '../parsing/parse-service'
import { indexOneFile } from '../library/index-one-file'
import { LibraryState } from '../library/library-state'
import { readInsideFolder, readInsideFolderSync } from './read-inside-folder'

let root: string
let corpus: string
const SECRET = 'root:x:0:0:secret line that must never reach the library\n'
const article = 'Báo Nhân dân - 2025 - หนึ่ง\nเนื้อหาของบทความเกี่ยวกับการปรับปรุงกลไกในจังหวัด\n'

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossread-inside-'))
  corpus = join(root, 'corpus')
  await mkdir(join(corpus, 'sub'), { recursive: true })
  await mkdir(join(root, 'outside'))
  await writeFile(join(root, 'outside', 'secret.txt'), SECRET)
  await writeFile(join(corpus, 'a.txt'), article)
})
afterEach(() => rm(root, { recursive: true, force: true }))

// The parse and search workers read synchronously, the rest asynchronously: both hold the rule.
describe.each([
  ['readInsideFolder', readInsideFolder],
  ['readInsideFolderSync', async (folder: string, path: string) => readInsideFolderSync(folder, path)]
])('%s', (_name, readInside) => {
  it('reads a file, or a link to a file, inside the folder', async () => {
    await symlink('../a.txt', join(corpus, 'sub', 'alias.txt'))
    expect(await readInside(corpus, 'a.txt')).toEqual({ ok: true, bytes: Buffer.from(article) })
    expect(await readInside(corpus, 'sub/alias.txt')).toEqual({ ok: true, bytes: Buffer.from(article) })
  })

  it('refuses a link to a file outside, directly or through a linked folder, and says where it points', async () => {
    await symlink(join(root, 'outside', 'secret.txt'), join(corpus, 'secret.txt'))
    await symlink(join(root, 'outside'), join(corpus, 'elsewhere'))
    await symlink('/etc/passwd', join(corpus, 'passwd.txt'))
    const outsideSecret = {
      ok: false,
      reason: `Skipped: a link to a file outside the folder (${join(root, 'outside', 'secret.txt')}).`
    }
    expect(await readInside(corpus, 'secret.txt')).toEqual(outsideSecret)
    expect(await readInside(corpus, 'elsewhere/secret.txt')).toEqual(outsideSecret)
    const passwd = { ok: false, reason: 'Skipped: a link to a file outside the folder (/etc/passwd).' }
    expect(await readInside(corpus, 'passwd.txt')).toEqual(passwd)
    expect(await readInside(corpus, '../outside/secret.txt')).toEqual(outsideSecret)
  })

  it('says why a missing file or a folder cannot be read', async () => {
    expect(await readInside(corpus, 'missing.txt')).toEqual({
      ok: false,
      reason: expect.stringMatching(/does not exist/)
    })
    expect(await readInside(corpus, 'sub')).toEqual({ ok: false, reason: 'This is a folder, not a file.' })
  })
})

describe('indexing a file swapped for a link after the scan', () => {
  const parser = new ParseService()
  afterAll(() => parser.close())

  it('does not read it, reports it, and no longer lists the article it was', async () => {
    const state = new LibraryState()
    const listed = async () => {
      const info = await stat(join(corpus, 'a.txt'))
      return { path: 'a.txt', size: info.size, mtimeMs: info.mtimeMs }
    }
    expect(await indexOneFile(parser, state, { key: corpus, path: corpus }, await listed())).toBe('added')
    const scanned = await listed()
    await unlink(join(corpus, 'a.txt'))
    await symlink(join(root, 'outside', 'secret.txt'), join(corpus, 'a.txt'))

    expect(
      await indexOneFile(parser, state, { key: corpus, path: corpus }, { ...scanned, size: scanned.size + 1 })
    ).toBe('unreadable')
    expect(state.entryAt(corpus, 'a.txt')).toBeUndefined()
    const reason = expect.stringMatching(/^Skipped: a link to a file outside the folder/) as string
    expect(state.unreadable(corpus)).toEqual([{ folder: corpus, path: 'a.txt', reason }])
  })
})
