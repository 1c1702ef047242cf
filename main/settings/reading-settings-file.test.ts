// The reading settings file: defaults on a first start, a saved choice read back at the next,
// a damaged file set aside (never written over), and a failed write kept in memory and reported.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_READING_SETTINGS, type ReadingSettings } from '../../common/model/reading-settings'
import { READING_SETTINGS_FILE, ReadingSettingsFile } from './reading-settings-file'

const made: string[] = []
const dataDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'crossread-reading-'))
  made.push(dir)
  return dir
}
afterEach(async () => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))

const chosen: ReadingSettings = {
  font: 'Noto Serif Thai',
  fontSize: 22,
  lineHeight: 2.1,
  width: 'full',
  theme: 'dark',
  yearStyle: 'buddhist',
  language: 'th'
}

describe('the reading settings file', () => {
  it('starts with the defaults, and saved settings are what the next launch reads', async () => {
    const dir = await dataDir()
    const first = await ReadingSettingsFile.open(dir, () => undefined)
    expect(first.get()).toEqual(DEFAULT_READING_SETTINGS)
    expect(await first.save(chosen)).toBeNull()
    const next = await ReadingSettingsFile.open(dir, () => undefined)
    expect(next.get()).toEqual(chosen)
    expect(JSON.parse(await readFile(join(dir, READING_SETTINGS_FILE), 'utf8'))).toEqual(chosen)
  })

  it('sets a damaged file aside, says so and never writes over it', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, READING_SETTINGS_FILE), '{"font": "Sara')
    const notices: string[] = []
    const file = await ReadingSettingsFile.open(dir, (notice) => notices.push(notice))
    expect(file.get()).toEqual(DEFAULT_READING_SETTINGS)
    expect(notices).toEqual([expect.stringContaining('damaged and set aside')])
    const aside = (await readdir(dir)).find((name) => name.startsWith(`${READING_SETTINGS_FILE}.unreadable-`))
    expect(aside && (await readFile(join(dir, aside), 'utf8'))).toBe('{"font": "Sara')
    expect(await file.save(chosen)).toBeNull()
    expect(await readFile(join(dir, aside as string), 'utf8')).toBe('{"font": "Sara')
  })

  it('reads settings out of range (a font size of 90) as damaged', async () => {
    const dir = await dataDir()
    await writeFile(join(dir, READING_SETTINGS_FILE), JSON.stringify({ ...DEFAULT_READING_SETTINGS, fontSize: 90 }))
    const notices: string[] = []
    expect((await ReadingSettingsFile.open(dir, (notice) => notices.push(notice))).get()).toEqual(
      DEFAULT_READING_SETTINGS
    )
    expect(notices).toHaveLength(1)
  })

  it('keeps settings it could not write in memory, says so, and writes them at the flush', async () => {
    const dir = join(await dataDir(), 'data')
    const notices: string[] = []
    const file = await ReadingSettingsFile.open(dir, (notice) => notices.push(notice))
    await writeFile(dir, 'a file where the data folder should be') // no folder can be made there
    const problem = await file.save(chosen)
    expect(problem).toMatch(/could not be saved .*kept until Crossread closes/)
    expect(notices).toEqual([problem])
    expect(file.get()).toEqual(chosen)
    await rm(dir)
    await mkdir(dir)
    expect(await file.flush()).toBe(true)
    expect(JSON.parse(await readFile(join(dir, READING_SETTINGS_FILE), 'utf8'))).toEqual(chosen)
  })
})

it('reads settings kept before the interface language existed as English, not as damaged', async () => {
  const dir = await dataDir()
  const older: Partial<ReadingSettings> = { ...chosen }
  delete older.language
  await writeFile(join(dir, READING_SETTINGS_FILE), JSON.stringify(older))
  const problems: string[] = []
  const file = await ReadingSettingsFile.open(dir, (problem) => problems.push(problem))
  expect(file.get()).toEqual({ ...chosen, language: 'en' })
  expect(problems).toEqual([])
})
