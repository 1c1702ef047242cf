// The theme editor's edits and where they are kept: the user's whole ontology in the data folder's
// themes-ontology.json (the shipped file never written), read back at the next launch, a file
// written by hand used as one the app wrote, an unusable one never written over, and a failed
// write kept in memory and said.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ontologyEditSchema, type OntologyEditInput } from '../../common/model/ontology-edit'
import { themeOntologySchema, type ThemeOntology } from '../../common/model/intelligence-data'
import { cueWords, ontologyVersion } from '../themes/compile-ontology'
import { OntologyEditor, type OntologyChanged } from './ontology-editor'
import { readUserOntology, userOntologyFile, userOntologyWriter } from './user-ontology-file'

const shippedFile = resolve(import.meta.dirname, '../../resources/themes-ontology.json')
const shippedText = await readFile(shippedFile, 'utf8')
const shipped = themeOntologySchema.parse(JSON.parse(shippedText))
const words = (text: string) => cueWords(text).words.length
const edit = (input: OntologyEditInput) => ontologyEditSchema.parse(input)
const cueTexts = (ontology: ThemeOntology, id: string) =>
  ontology.themes.find((t) => t.id === id)?.cues.map((c) => c.text)

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crossread-ontology-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const opened = () => {
  const read = readUserOntology(dataDir)
  return new OntologyEditor(shipped, read, userOntologyWriter(dataDir, read), words)
}
const saved = async () => themeOntologySchema.parse(JSON.parse(await readFile(userOntologyFile(dataDir), 'utf8')))

describe('editing the ontology', () => {
  it('adds a cue (NFC, trimmed) to a theme, announces it, writes the whole ontology, and a relaunch reads it', async () => {
    const editor = opened()
    const changes: OntologyChanged[] = []
    editor.onChange((change) => changes.push(change))
    const typed = ' ลุงป\u0e48\u0e39 ' // the tone mark typed before SARA UU: NFC puts it after
    const answer = await editor.edit(edit({ action: 'add-cue', theme: 'emulation', cue: { text: typed, weight: 0.6 } }))
    expect(answer).toMatchObject({ theme: 'emulation', changed: true, saved: true, problem: null })
    expect(cueTexts(editor.ontology, 'emulation')).toContain('ลุงป\u0e39\u0e48')
    expect(changes.map((change) => change.themes)).toEqual([['emulation']])
    const view = answer.ontology.themes.find((theme) => theme.id === 'emulation')!
    expect(view).toMatchObject({ origin: 'edited', labelEdited: false })
    expect(view.cues.filter((cue) => cue.yours)).toEqual([
      { text: 'ลุงป\u0e39\u0e48', lang: 'th', weight: 0.6, yours: true }
    ])
    expect(answer.ontology).toMatchObject({ yours: true, version: ontologyVersion(editor.ontology) })
    expect(answer.ontology.version).not.toBe(ontologyVersion(shipped)) // suggestions record the new one
    expect(await saved()).toEqual(editor.ontology)
    expect(await readFile(shippedFile, 'utf8')).toBe(shippedText)
    expect(opened().ontology).toEqual(editor.ontology)

    // The same cue again with another weight changes its weight; with the same, nothing.
    expect(
      await editor.edit(edit({ action: 'add-cue', theme: 'emulation', cue: { text: 'ลุงป\u0e39\u0e48', weight: 1 } }))
    ).toMatchObject({ changed: true })
    expect(
      await editor.edit(edit({ action: 'add-cue', theme: 'emulation', cue: { text: 'ลุงป\u0e39\u0e48', weight: 1 } }))
    ).toMatchObject({ changed: false })
    expect(changes).toHaveLength(2)
  })

  it('removes a cue, keeps at least one, and resets a theme or all of them to the shipped version', async () => {
    const editor = opened()
    const first = shipped.themes.find((t) => t.id === 'decentralisation')!.cues[0]!.text
    const removed = await editor.edit(edit({ action: 'remove-cue', theme: 'decentralisation', text: first }))
    const view = removed.ontology.themes.find((theme) => theme.id === 'decentralisation')!
    expect(view.removedCues.map((cue) => cue.text)).toEqual([first])
    await expect(
      editor.edit(edit({ action: 'remove-cue', theme: 'decentralisation', text: first }))
    ).rejects.toMatchObject({ code: 'not-found' })
    await editor.edit(edit({ action: 'set-labels', theme: 'emulation', label: { en: 'Emulation', th: 'การแข่งขัน' } }))
    expect(
      (await editor.edit(edit({ action: 'reset-theme', theme: 'decentralisation' }))).ontology.themes.find(
        (t) => t.id === 'decentralisation'
      )
    ).toMatchObject({ origin: 'shipped', removedCues: [] })
    expect(existsSync(userOntologyFile(dataDir))).toBe(true) // the label edit is still the user's
    const reset = await editor.edit(edit({ action: 'reset-all' }))
    expect(reset).toMatchObject({ changed: true, saved: true, ontology: { yours: false } })
    expect(editor.ontology).toEqual(shipped)
    expect(existsSync(userOntologyFile(dataDir))).toBe(false) // later shipped cues reach the user

    const lonely = await editor.edit(
      edit({ action: 'add-theme', label: { en: 'Land', th: 'ที่ดิน' }, cue: { text: 'ที่ดิน', weight: 1 } })
    )
    await expect(editor.edit(edit({ action: 'remove-cue', theme: lonely.theme!, text: 'ที่ดิน' }))).rejects.toMatchObject({
      code: 'refused'
    })
  })

  it('adds a theme with its first cue, its id from the English label and unique, and removes it on reset', async () => {
    const editor = opened()
    const label = { en: 'Land law — Luật Đất đai', th: 'กฎหมายที่ดิน' }
    const added = await editor.edit(edit({ action: 'add-theme', label, cue: { text: 'ที่ดิน', weight: 1 } }))
    expect(added.theme).toBe('land-law-luat-dat-dai')
    expect(added.ontology.themes.at(-1)).toMatchObject({
      id: 'land-law-luat-dat-dai',
      origin: 'added',
      relatedDocuments: []
    })
    expect((await editor.edit(edit({ action: 'add-theme', label, cue: { text: 'ที่ดิน', weight: 1 } }))).theme).toBe(
      'land-law-luat-dat-dai-2'
    )
    // A shipped id is never taken, even if the user's ontology dropped that theme.
    expect(
      (
        await editor.edit(
          edit({ action: 'add-theme', label: { en: 'Emulation', th: 'ก' }, cue: { text: 'ก', weight: 1 } })
        )
      ).theme
    ).toBe('emulation-2')
    await editor.edit(edit({ action: 'reset-theme', theme: 'land-law-luat-dat-dai' }))
    expect(editor.ontology.themes.map((t) => t.id)).not.toContain('land-law-luat-dat-dai')
    // A cue the kernel finds no word in could never match (a letter, but no word to ICU).
    await expect(
      editor.edit(edit({ action: 'add-cue', theme: 'emulation', cue: { text: '々', weight: 1 } }))
    ).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(
      editor.edit(edit({ action: 'add-cue', theme: 'nope', cue: { text: 'ที่ดิน', weight: 1 } }))
    ).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('the user’s file', () => {
  it('is used when written by hand (a byte-order mark is fine), and is the whole ontology', async () => {
    const mine = { ...shipped, themes: shipped.themes.slice(0, 2) }
    await writeFile(userOntologyFile(dataDir), `\ufeff${JSON.stringify(mine)}`)
    expect(opened().ontology).toEqual(mine)
    expect(opened().view()).toMatchObject({ yours: true, problem: null })
  })

  it('that cannot be used is reported, the shipped ontology used, and never written over', async () => {
    await writeFile(userOntologyFile(dataDir), '{"version": 1, "themes": [{"id": "x"}]}')
    const editor = opened()
    expect(editor.ontology).toEqual(shipped)
    expect(editor.view().problem).toMatch(/not a valid ontology/)
    const answer = await editor.edit(edit({ action: 'add-cue', theme: 'emulation', cue: { text: 'ที่ดิน', weight: 1 } }))
    expect(answer).toMatchObject({ changed: true, saved: false })
    expect(answer.problem).toMatch(/could not be used at launch.*kept until Crossread closes/)
    expect(await readFile(userOntologyFile(dataDir), 'utf8')).toBe('{"version": 1, "themes": [{"id": "x"}]}')
  })

  it('keeps an edit in memory when the write fails, says so, and writes it with the flush', async () => {
    let failing = true
    const written: Array<ThemeOntology | null> = []
    const reported: string[] = []
    const editor = new OntologyEditor(
      shipped,
      { ontology: null, problem: null },
      async (ontology) => {
        if (failing) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        written.push(ontology)
      },
      words,
      (problem) => reported.push(problem)
    )
    const answer = await editor.edit(edit({ action: 'add-cue', theme: 'emulation', cue: { text: 'ที่ดิน', weight: 1 } }))
    expect(answer).toMatchObject({ changed: true, saved: false })
    expect(answer.problem).toMatch(/the disk is full.*kept until Crossread closes/)
    expect(answer.ontology.problem).toBe(answer.problem)
    expect(reported).toEqual([answer.problem])
    expect(cueTexts(editor.ontology, 'emulation')).toContain('ที่ดิน')
    failing = false
    expect(await editor.flush()).toBe(true)
    expect(written).toEqual([editor.ontology])
    expect(editor.view().problem).toBeNull()
  })

  it('that is a folder (unreadable) is reported and kept', async () => {
    await mkdir(userOntologyFile(dataDir))
    expect(readUserOntology(dataDir)).toMatchObject({
      ontology: null,
      problem: expect.stringMatching(/could not be read/)
    })
  })
})
