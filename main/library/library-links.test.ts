// The library stays inside its folders: symbolic links, at import and while watching (issue 10).
import { mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { INDEX_FILE } from './index-file'
import { Library } from './library'
import { until } from '../../tests/support/until'

let root: string
let corpus: string
let outside: string
let libraries: Library[] = []

const article = (title: string) => `Báo Nhân dân - 2025 - ${title}\nเนื้อหาของบทความเกี่ยวกับการปรับปรุงกลไกในจังหวัด\n`
const SECRET = 'root:x:0:0:secret line that must never reach the library'

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossread-links-'))
  corpus = join(root, 'corpus')
  outside = join(root, 'outside')
  await mkdir(join(corpus, 'nested'), { recursive: true })
  await mkdir(outside)
  await mkdir(join(root, 'bundled'))
  await writeFile(join(corpus, 'a.txt'), article('หนึ่ง'))
  await writeFile(join(corpus, 'nested', 'b.md'), `# สอง\n\nย่อหน้าแรกของบทความ\n`)
  await writeFile(join(outside, 'secret.txt'), `${SECRET}\n`)
  await writeFile(join(outside, 'other.txt'), article('นอกคลัง'))
})
afterEach(async () => {
  await Promise.all(libraries.map((library) => library.close()))
  libraries = []
  await rm(root, { recursive: true, force: true })
})

async function open(watch: boolean) {
  const options = {
    dataDir: join(root, 'data'),
    bundledFolder: join(root, 'bundled'),
    watch,
    saveDelayMs: 10,
    log: () => undefined
  }
  const opened = await Library.open(options)
  libraries.push(opened.library)
  await opened.synced
  return opened.library
}

const files = (library: Library) =>
  library
    .list()
    .map((a) => a.file)
    .sort()
const reasons = (library: Library, folder = corpus) => {
  const status = library.folderStatus().find((entry) => entry.path === folder)
  return Object.fromEntries(status?.unreadable.map((file) => [file.path, file.reason]) ?? [])
}

async function savedPaths(library: Library): Promise<string[]> {
  await library.flush()
  const saved = JSON.parse(await readFile(join(root, 'data', INDEX_FILE), 'utf8')) as {
    articles: Array<{ path: string }>
  }
  return saved.articles.map((a) => a.path).sort()
}

/** Every kind of link a downloaded corpus could hold; the expected reason for each one skipped. */
async function plantLinks(): Promise<Record<string, RegExp>> {
  await symlink(corpus, join(corpus, 'up')) // a loop: followed, it multiplies the library
  await symlink('..', join(corpus, 'nested', 'parent'))
  await symlink(outside, join(corpus, 'elsewhere'))
  await symlink('/etc/passwd', join(corpus, 'passwd.txt'))
  await symlink(join(outside, 'secret.txt'), join(corpus, 'secret.md'))
  await symlink('../../outside/other.txt', join(corpus, 'nested', 'other.txt'))
  await symlink(join(corpus, 'gone.txt'), join(corpus, 'broken.txt'))
  await symlink('self.txt', join(corpus, 'self.txt'))
  await symlink('a.txt', join(corpus, 'alias.txt')) // inside the folder: allowed
  await symlink('../a.txt', join(corpus, 'nested', 'alias.txt'))
  return {
    up: /^Skipped: a link to a folder \(.*corpus\); links to folders are not followed\.$/,
    'nested/parent': /^Skipped: a link to a folder/,
    elsewhere: /^Skipped: a link to a folder \(.*outside\)/,
    'passwd.txt': /^Skipped: a link to a file outside the folder \(\/etc\/passwd\)\.$/,
    'secret.md': /^Skipped: a link to a file outside the folder \(.*outside\/secret\.txt\)\.$/,
    'nested/other.txt': /^Skipped: a link to a file outside the folder \(.*outside\/other\.txt\)\.$/,
    'broken.txt': /^Skipped: a broken link \(it points to .*gone\.txt, which does not exist\)\.$/,
    'self.txt': /symbolic link loop/
  }
}

describe('links at import', () => {
  it('follows no link to a folder and no link out of the folder, and reports each with its reason', async () => {
    const expected = await plantLinks()
    const library = await open(false)
    const report = await library.importFolder(corpus)
    expect(files(library)).toEqual(['a.txt', 'alias.txt', 'nested/alias.txt', 'nested/b.md'])
    expect(report).toMatchObject({ added: 4, unreadable: Object.keys(expected).length, error: null })
    const got = reasons(library)
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort())
    for (const [path, reason] of Object.entries(expected)) expect(got[path], path).toMatch(reason)
    for (const entry of library.list()) expect(JSON.stringify(await library.get(entry.id))).not.toContain('root:')

    expect(await savedPaths(library)).toEqual(files(library)) // and nothing more was saved in the index
  })

  it('reads a library folder that is itself a link, and still keeps links inside it', async () => {
    await symlink(corpus, join(root, 'corpus-link'))
    await symlink('a.txt', join(corpus, 'alias.txt'))
    await symlink(join(outside, 'other.txt'), join(corpus, 'other.txt'))
    const library = await open(false)
    await library.importFolder(join(root, 'corpus-link'))
    expect(files(library)).toEqual(['a.txt', 'alias.txt', 'nested/b.md'])
    expect(Object.keys(reasons(library, join(root, 'corpus-link')))).toEqual(['other.txt'])
  })
})

describe('links while watching', () => {
  it('applies the same rule to links made while the folder is watched: a loop does not multiply the library', async () => {
    const library = await open(true)
    await library.importFolder(corpus)
    await new Promise((resolve) => setTimeout(resolve, 400)) // let the watcher settle
    const expected = await plantLinks()
    await writeFile(join(corpus, 'later.txt'), article('ทีหลัง')) // a real file: proves the events were seen

    const settled = ['a.txt', 'alias.txt', 'later.txt', 'nested/alias.txt', 'nested/b.md']
    await until(
      () => JSON.stringify(files(library)) === JSON.stringify(settled),
      'the new file and the two inside links'
    )
    // broken links are invisible to chokidar without following links; the next scan reports them
    const seenByWatcher = Object.keys(expected).filter((path) => path !== 'broken.txt' && path !== 'self.txt')
    await until(() => seenByWatcher.every((path) => path in reasons(library)), 'each skipped link to be reported')
    for (const path of seenByWatcher) expect(reasons(library)[path], path).toMatch(expected[path] as RegExp)

    await new Promise((resolve) => setTimeout(resolve, 1500)) // a followed loop had made 319 articles by now
    expect(files(library)).toEqual(settled)
    expect(await savedPaths(library)).toEqual(settled)

    await unlink(join(corpus, 'up'))
    await until(() => !('up' in reasons(library)), 'the removed loop to leave the report')

    await unlink(join(corpus, 'later.txt')) // a file swapped for a link to an outside file leaves the library
    await symlink(join(outside, 'secret.txt'), join(corpus, 'later.txt'))
    const refused = () =>
      !files(library).includes('later.txt') && /outside the folder/.test(reasons(library)['later.txt'] ?? '')
    await until(refused, 'the swap to be refused')
  })
})
