// The reading settings through the API as the renderer calls it: a valid choice is kept and read
// back, one out of range is refused with a sentence and changes nothing, a failed write is said.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS } from '../../common/model/reading-settings'
import { ReadingSettingsFile } from '../settings/reading-settings-file'
import { dispatch, type ApiHandlers } from './dispatch'
import { settingsHandlers } from './settings-handlers'

const made: string[] = []
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))
const opened = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crossread-settings-api-'))
  made.push(dir)
  return { dir, file: await ReadingSettingsFile.open(dir, () => undefined) }
}
// Only the settings methods are called here.
const api = (file?: ReadingSettingsFile) => settingsHandlers(file) as unknown as ApiHandlers
const sepia = { ...DEFAULT_READING_SETTINGS, theme: 'sepia', fontSize: 20 }

describe('the reading settings API', () => {
  it('keeps a valid choice and gives it back', async () => {
    const { file } = await opened()
    expect(await dispatch(api(file), 'saveReadingSettings', { settings: sepia })).toEqual({
      ok: true,
      value: { saved: true }
    })
    expect(await dispatch(api(file), 'getReadingSettings', {})).toEqual({ ok: true, value: sepia })
  })

  it('refuses a size out of range with a sentence, and keeps what it had', async () => {
    const { file } = await opened()
    const answer = await dispatch(api(file), 'saveReadingSettings', { settings: { ...sepia, fontSize: 90 } })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(!answer.ok && answer.error.message).toContain('The font size is at most 28.')
    expect(file.get()).toEqual(DEFAULT_READING_SETTINGS)
  })

  it('says when the settings could not be written', async () => {
    const { dir } = await opened()
    const file = await ReadingSettingsFile.open(join(dir, 'data'), () => undefined)
    await writeFile(join(dir, 'data'), 'not a folder')
    const answer = await dispatch(api(file), 'saveReadingSettings', { settings: sepia }, () => undefined)
    expect(answer).toMatchObject({ ok: false, error: { code: 'failed' } })
    expect(!answer.ok && answer.error.message).toMatch(/could not be saved .*kept until Crossread closes/)
  })

  it('answers with the defaults, keeping nothing, in a host without the file', async () => {
    expect(await dispatch(api(), 'getReadingSettings', {})).toEqual({ ok: true, value: DEFAULT_READING_SETTINGS })
    expect(await dispatch(api(), 'saveReadingSettings', { settings: sepia })).toEqual({
      ok: true,
      value: { saved: false }
    })
  })
})
