// The user's shortcut keys on disk: kept and read back; a hand-edited entry that does not hold up is
// dropped with a notice and the rest kept; a file that is not JSON is set aside, never a crash.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatch, type ApiHandlers } from '../api/dispatch'
import { shortcutHandlers } from '../api/shortcut-handlers'
import { SHORTCUT_OVERRIDES_FILE, ShortcutOverridesFile } from './shortcut-overrides-file'

const made: string[] = []
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crossread-shortcuts-'))
  made.push(dir)
  return dir
}
const openWith = async (dir: string) => {
  const notices: string[] = []
  const file = await ShortcutOverridesFile.open(dir, (notice) => notices.push(notice))
  return { file, notices }
}
const api = (file?: ShortcutOverridesFile) => shortcutHandlers(file) as unknown as ApiHandlers

describe('the shortcut keys file', () => {
  it('keeps the keys through the API and reads them back at the next launch', async () => {
    const dir = await folder()
    const { file } = await openWith(dir)
    const overrides = { 'search.focus': ['Mod+code:KeyJ'] }
    expect(await dispatch(api(file), 'saveShortcutOverrides', { overrides })).toEqual({
      ok: true,
      value: { saved: true }
    })
    const next = await openWith(dir)
    expect(next).toEqual({ file: expect.anything(), notices: [] })
    expect(await dispatch(api(next.file), 'getShortcutOverrides', {})).toEqual({ ok: true, value: overrides })
  })

  it('refuses a save whose combo is not one, and keeps what it had', async () => {
    const { file } = await openWith(await folder())
    const answer = await dispatch(api(file), 'saveShortcutOverrides', { overrides: { 'search.focus': ['Ctrl++'] } })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(file.get()).toEqual({})
  })

  it('drops the entries that do not hold up, saying which and why, and keeps the rest', async () => {
    const dir = await folder()
    const saved = { 'search.focus': ['Mod+code:KeyJ'], 'find.open': [], 'Bad Id': ['F2'], 'reader.memo': 'M' }
    await writeFile(join(dir, SHORTCUT_OVERRIDES_FILE), JSON.stringify(saved))
    const { file, notices } = await openWith(dir)
    expect(file.get()).toEqual({ 'search.focus': ['Mod+code:KeyJ'] })
    expect(notices).toEqual([
      'The keys saved for shortcut "find.open" were dropped (A shortcut has at least one key combo.); it has its default keys.',
      'The keys saved for shortcut "Bad Id" were dropped (A shortcut id is dotted lower-case words, like "search.focus".); it has its default keys.',
      expect.stringMatching(
        /^The keys saved for shortcut "reader.memo" were dropped \(.+\); it has its default keys\.$/
      )
    ])
  })

  it('sets a damaged file aside and starts with every default', async () => {
    const dir = await folder()
    await writeFile(join(dir, SHORTCUT_OVERRIDES_FILE), '{"search.focus": [')
    const { file, notices } = await openWith(dir)
    expect(file.get()).toEqual({})
    expect(notices).toEqual([
      'Your shortcut keys (shortcut-overrides.json) were damaged and set aside: every shortcut has its default keys.'
    ])
    expect((await readdir(dir)).some((name) => name.startsWith(`${SHORTCUT_OVERRIDES_FILE}.unreadable-`))).toBe(true)
  })

  it('answers that nothing is changed, keeping nothing, in a host without the file', async () => {
    expect(await dispatch(api(), 'getShortcutOverrides', {})).toEqual({ ok: true, value: {} })
  })
})
