// A folder that cannot be read is explained in words, from the real errors the file system gives.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeFolderError } from './describe-folder-error'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-folder-error-'))
  await writeFile(join(dir, 'article.txt'), 'ข่าว')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const errorOf = (path: string) =>
  readdir(path).then(
    () => null,
    (err: unknown) => err
  )

describe('describeFolderError', () => {
  it('says a mistyped path names no folder, without the system call', async () => {
    const path = join(dir, 'Artciles')
    const message = describeFolderError(await errorOf(path), path)
    expect(message).toBe(
      `There is no folder at ${path}. Check the path: letters, spaces and capitals must match exactly.`
    )
    expect(message).not.toMatch(/ENOENT|scandir/)
  })

  it('says a file is not a folder', async () => {
    const path = join(dir, 'article.txt')
    expect(describeFolderError(await errorOf(path), path)).toBe(
      `${path} is a file, not a folder. Give the folder that holds the articles.`
    )
  })
})
