import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_READER_LAYOUT, type ReaderLayout } from '../../common/model/reader-layout'
import { READER_LAYOUT_FILE, ReaderLayoutFile } from './reader-layout-file'

const made: string[] = []
const dataDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crossread-layout-'))
  made.push(dir)
  return dir
}
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))

const split: ReaderLayout = {
  panes: [
    { articleId: 'a1', readTo: 1200 },
    { articleId: 'a2', readTo: 0 }
  ],
  divider: 0.6,
  active: 1
}

describe('the reader layout file', () => {
  it('starts with one empty pane, and a saved layout is what the next launch reads', async () => {
    const dir = await dataDir()
    const first = await ReaderLayoutFile.open(dir, () => undefined)
    expect(first.get()).toEqual(DEFAULT_READER_LAYOUT)
    expect(await first.save(split)).toBeNull()
    const next = await ReaderLayoutFile.open(dir, () => undefined)
    expect(next.get()).toEqual(split)
  })

  it('sets a damaged file aside, says so and never writes over it', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, READER_LAYOUT_FILE), '{"panes": [ broken')
    const notices: string[] = []
    const file = await ReaderLayoutFile.open(dir, (notice) => notices.push(notice))
    expect(file.get()).toEqual(DEFAULT_READER_LAYOUT)
    expect(notices).toEqual([expect.stringContaining('damaged and set aside')])
    const aside = (await readdir(dir)).find((name) => name.startsWith(`${READER_LAYOUT_FILE}.unreadable-`))
    expect(aside && (await readFile(join(dir, aside), 'utf8'))).toBe('{"panes": [ broken')
  })

  it('reads a layout of the wrong shape as damaged (a pane in use that is not there)', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, READER_LAYOUT_FILE), JSON.stringify({ ...DEFAULT_READER_LAYOUT, active: 1 }))
    const notices: string[] = []
    expect((await ReaderLayoutFile.open(dir, (notice) => notices.push(notice))).get()).toEqual(DEFAULT_READER_LAYOUT)
    expect(notices).toHaveLength(1)
  })

  it('keeps the side panes’ widths and collapsed state, and still reads a file saved before them', async () => {
    const dir = await dataDir()
    const old = JSON.stringify(split)
    await writeFile(join(dir, READER_LAYOUT_FILE), old)
    const notices: string[] = []
    const file = await ReaderLayoutFile.open(dir, (notice) => notices.push(notice))
    expect(file.get()).toEqual(split)
    expect(notices).toEqual([])
    const sides = { library: { width: 400, collapsed: null }, sidebar: { width: 240, collapsed: true } }
    expect(await file.save({ ...split, sides })).toBeNull()
    expect((await ReaderLayoutFile.open(dir, () => undefined)).get()).toEqual({ ...split, sides })
  })

  it('reads a side pane of an impossible width as damaged', async () => {
    const dir = await dataDir()
    const sides = { library: { width: -5, collapsed: false }, sidebar: { width: 240, collapsed: null } }
    await writeFile(join(dir, READER_LAYOUT_FILE), JSON.stringify({ ...split, sides }))
    expect((await ReaderLayoutFile.open(dir, () => undefined)).get()).toEqual(DEFAULT_READER_LAYOUT)
  })
})
