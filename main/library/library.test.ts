import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  truncate,
  unlink,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from './library'
import { until } from '../../tests/support/until'

const seeds = join(import.meta.dirname, '../../resources/articles')
let root: string
let libraries: Library[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'crossread-library-'))
  await mkdir(join(root, 'bundled'))
  await mkdir(join(root, 'corpus'))
})
afterEach(async () => {
  await Promise.all(libraries.map((library) => library.close()))
  libraries = []
  await rm(root, { recursive: true, force: true })
})

async function open(options: { watch?: boolean } = {}) {
  const opened = await Library.open({
    dataDir: join(root, 'data'),
    bundledFolder: join(root, 'bundled'),
    watch: options.watch ?? false,
    saveDelayMs: 10,
    log: () => undefined
  })
  libraries.push(opened.library)
  await opened.synced
  return opened.library
}

const article = (title: string, body = 'เนื้อหาของบทความเกี่ยวกับการปรับปรุงกลไกตามมติที่ 18-NQ/TW ในจังหวัด') =>
  `Báo Nhân dân - 2025 - ${title}\n${body}\nที่มา: https://nhandan.vn/${encodeURIComponent(title)}.html\n`

describe('importing a folder', () => {
  it('imports every readable article and lists each unreadable file with its reason', async () => {
    const corpus = join(root, 'corpus')
    for (const file of await readdir(seeds)) await writeFile(join(corpus, file), await readFile(join(seeds, file)))
    await mkdir(join(corpus, 'nested'))
    await writeFile(join(corpus, 'nested', 'extra.md'), '# หัวข้อในไฟล์ Markdown\n\nย่อหน้าแรกของบทความ\n')
    await writeFile(
      join(corpus, 'picture.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    )
    await writeFile(join(corpus, 'empty.txt'), '')
    await writeFile(join(corpus, 'huge.txt'), '')
    await truncate(join(corpus, 'huge.txt'), 21 * 1024 * 1024)
    await symlink(join(corpus, 'nowhere.txt'), join(corpus, 'broken-link.txt'))
    await writeFile(join(corpus, 'notes.pdf'), 'not an article type: ignored, not an error')

    const library = await open()
    const report = await library.importFolder(corpus)
    expect(report).toMatchObject({ added: 6, cancelled: false, error: null })
    const titles = library
      .list()
      .filter((a) => a.folder === corpus)
      .map((a) => a.title)
    expect(titles).toContain('พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง')
    expect(titles).toContain('หัวข้อในไฟล์ Markdown')
    const folder = library.folderStatus().find((status) => status.path === corpus)
    const reasons = Object.fromEntries(folder?.unreadable.map((file) => [file.path, file.reason]) ?? [])
    expect(reasons).toEqual({
      'picture.txt': expect.stringMatching(/not a text file.*PNG/),
      'empty.txt': expect.stringMatching(/empty/),
      'huge.txt': expect.stringMatching(/Too large.*20 MB/),
      'broken-link.txt': expect.stringMatching(/does not exist|broken link/)
    })
  })

  it.skipIf(process.getuid?.() === 0)(
    'reports a file it may not read (skipped as root, who may read anything)',
    async () => {
      await writeFile(join(root, 'corpus', 'secret.txt'), article('ลับ'))
      await chmod(join(root, 'corpus', 'secret.txt'), 0o000)
      const library = await open()
      await library.importFolder(join(root, 'corpus'))
      expect(library.folderStatus()[1]?.unreadable[0]?.reason).toMatch(/Permission denied/)
    }
  )

  it('reports a folder that does not exist and adds nothing', async () => {
    const library = await open()
    const report = await library.importFolder(join(root, 'missing'))
    expect(report.error).toBe(
      `There is no folder at ${join(root, 'missing')}. Check the path: letters, spaces and capitals must match exactly.`
    )
    expect(library.folderStatus().map((folder) => folder.path)).toEqual(['Bundled sample articles'])
  })

  it('undoes an import that is cancelled half-way, with its progress reported until then', async () => {
    await Promise.all(
      Array.from({ length: 3000 }, (_, i) => writeFile(join(root, 'corpus', `a${i}.txt`), article(`บทความที่ ${i}`)))
    )
    const library = await open()
    const importing = library.importFolder(join(root, 'corpus'))
    const progress = await until(() => {
      const importing = library.status.get().importing
      return importing && importing.done > 0 ? importing : undefined
    }, 'the import to make progress')
    expect(progress.total).toBe(3000)
    expect(library.cancelImport()).toBe(true)
    const report = await importing
    expect(report.cancelled).toBe(true)
    expect(library.list()).toEqual([])
    expect(library.folderStatus()).toHaveLength(1)
  })

  it('honours a cancel that comes before the import starts', async () => {
    await writeFile(join(root, 'corpus', 'one.txt'), article('หนึ่ง'))
    const library = await open()
    const importing = library.importFolder(join(root, 'corpus'))
    library.cancelImport()
    expect((await importing).cancelled).toBe(true)
    expect(library.list()).toEqual([])
  })
})

describe('relaunching', () => {
  it('lists the library from the index at once and re-reads only changed files, keeping ids', async () => {
    const corpus = join(root, 'corpus')
    await writeFile(join(corpus, 'one.txt'), article('หนึ่ง'))
    await writeFile(join(corpus, 'two.txt'), article('สอง'))
    await writeFile(join(corpus, 'three.txt'), article('สาม'))
    const first = await open()
    await first.importFolder(corpus)
    const ids = Object.fromEntries(first.list().map((a) => [a.file, a.id]))
    await first.close()

    await writeFile(join(corpus, 'one.txt'), article('หนึ่ง (แก้ไข)'))
    await rename(join(corpus, 'two.txt'), join(corpus, 'two-renamed.txt'))
    await unlink(join(corpus, 'three.txt'))

    const { library, synced } = await Library.open({
      dataDir: join(root, 'data'),
      bundledFolder: join(root, 'bundled'),
      watch: false,
      log: () => undefined
    })
    libraries.push(library)
    expect(
      library
        .list()
        .map((a) => a.file)
        .sort()
    ).toEqual(['one.txt', 'three.txt', 'two.txt']) // listed before any file is read
    await synced
    const after = Object.fromEntries(library.list().map((a) => [a.file, a]))
    expect(Object.keys(after).sort()).toEqual(['one.txt', 'two-renamed.txt'])
    expect(after['one.txt']).toMatchObject({ id: ids['one.txt'], title: 'หนึ่ง (แก้ไข)' })
    expect(after['two-renamed.txt']?.id).toBe(ids['two.txt'])
    expect(library.status.get().lastImport).toMatchObject({ changed: 1, added: 1, unchanged: 0 })
  })

  it('does not write the index again when a relaunch finds nothing new, and does when a file changed', async () => {
    const corpus = join(root, 'corpus')
    await writeFile(join(corpus, 'one.txt'), article('หนึ่ง'))
    await writeFile(join(corpus, 'empty.txt'), '') // an unreadable file: its reason is found again at each check
    await symlink(join(corpus, 'nowhere.txt'), join(corpus, 'broken-link.txt'))
    const first = await open()
    await first.importFolder(corpus)
    await first.close()
    const index = join(root, 'data', 'library-index.json')
    const before = (await stat(index)).ino // a save writes a new file and renames it over this one

    const unchanged = await open()
    await new Promise((resolve) => setTimeout(resolve, 100)) // a save would have run after 10 ms
    expect((await stat(index)).ino).toBe(before)
    expect(unchanged.folderStatus().find((folder) => folder.path === corpus)?.unreadable).toHaveLength(2)
    await unchanged.close()

    await writeFile(join(corpus, 'two.txt'), article('สอง'))
    const changed = await open()
    await until(
      async () => ((await stat(index)).ino !== before ? true : undefined),
      'the index saved with the new file'
    )
    expect(JSON.parse(await readFile(index, 'utf8')).articles).toHaveLength(2)
    expect(changed.list()).toHaveLength(2)
  })

  it('checks an index it did not seal field by field: an edited title is used and sealed again, a wrong field set aside', async () => {
    await writeFile(join(root, 'corpus', 'one.txt'), article('หนึ่ง'))
    const first = await open()
    await first.importFolder(join(root, 'corpus'))
    await first.close()
    const index = join(root, 'data', 'library-index.json')
    const saved = JSON.parse(await readFile(index, 'utf8'))
    expect(Object.keys(saved)[0]).toBe('crc32') // sealed: the next launch skips the field checks
    const unsealed = { ...saved }
    delete unsealed.crc32
    unsealed.articles[0].title = 'ชื่อที่แก้ด้วยมือ'
    await writeFile(index, JSON.stringify(unsealed))

    const edited = await open()
    expect(edited.list()[0]?.title).toBe('ชื่อที่แก้ด้วยมือ')
    await until(
      async () => (Object.keys(JSON.parse(await readFile(index, 'utf8')))[0] === 'crc32' ? true : undefined),
      'sealed again'
    )
    await edited.close()

    const wrong = JSON.parse(await readFile(index, 'utf8'))
    wrong.articles[0].blockCount = 'many' // still sealed, but the seal no longer matches
    await writeFile(index, JSON.stringify(wrong))
    const library = await open()
    expect(library.status.get().notices.join()).toMatch(/library index was damaged; it was set aside/)
    expect(library.list()[0]?.title).not.toBe('ชื่อที่แก้ด้วยมือ') // rebuilt from the file itself
  })

  it('sets a damaged index aside, says so, and rebuilds it with the same ids', async () => {
    await writeFile(join(root, 'corpus', 'one.txt'), article('หนึ่ง'))
    const first = await open()
    await first.importFolder(join(root, 'corpus'))
    const id = first.list()[0]?.id
    await first.close()
    await writeFile(join(root, 'data', 'library-index.json'), '{"version": 1, "articles": [trunc')

    const library = await open()
    expect(library.status.get().notices.join()).toMatch(/damaged; it was set aside as .*library-index\.json\.damaged-/)
    expect((await readdir(join(root, 'data'))).some((name) => name.startsWith('library-index.json.damaged-'))).toBe(
      true
    )
    expect(library.list()[0]?.id).toBe(id)
  })
})

describe('watching', () => {
  it('shows files added, changed, renamed and deleted on disk without a restart', async () => {
    const corpus = join(root, 'corpus')
    await writeFile(join(corpus, 'first.txt'), article('แรก'))
    const library = await open({ watch: true })
    await library.importFolder(corpus)
    await new Promise((resolve) => setTimeout(resolve, 300)) // let the watcher settle

    await writeFile(join(corpus, 'second.txt'), article('ที่สอง'))
    const added = await until(() => library.list().find((a) => a.title === 'ที่สอง'), 'the new file')

    await writeFile(join(corpus, 'second.txt'), article('ที่สอง ฉบับแก้ไข'))
    await until(() => library.list().find((a) => a.title === 'ที่สอง ฉบับแก้ไข' && a.id === added.id), 'the edit, same id')

    await rename(join(corpus, 'second.txt'), join(corpus, 'renamed.txt'))
    await until(() => library.list().find((a) => a.file === 'renamed.txt' && a.id === added.id), 'the rename, same id')

    await unlink(join(corpus, 'renamed.txt'))
    await until(() => !library.list().some((a) => a.id === added.id) || undefined, 'the deletion')
  })

  it('takes in a folder of articles moved into the library, and lets it go when it is moved out', async () => {
    const corpus = join(root, 'corpus')
    const outside = join(root, 'outside')
    await mkdir(join(outside, 'hanoi', 'deeper'), { recursive: true })
    await writeFile(join(outside, 'hanoi', 'one.txt'), article('หนึ่ง'))
    await writeFile(join(outside, 'hanoi', 'deeper', 'two.txt'), article('สอง'))
    const library = await open({ watch: true })
    await library.importFolder(corpus)
    await new Promise((resolve) => setTimeout(resolve, 300)) // let the watcher settle

    // A folder moved in arrives whole: each of its articles is found, however deep.
    await rename(join(outside, 'hanoi'), join(corpus, 'hanoi'))
    await until(
      () => (['หนึ่ง', 'สอง'].every((title) => library.list().some((a) => a.title === title)) ? true : undefined),
      'both articles of the folder moved in'
    )
    expect(library.list().find((a) => a.title === 'สอง')?.file).toBe('hanoi/deeper/two.txt')

    await rename(join(corpus, 'hanoi'), join(outside, 'moved-out'))
    await until(
      () => (library.list().some((a) => a.title === 'หนึ่ง' || a.title === 'สอง') ? undefined : true),
      'both gone with their folder'
    )
  })
})
