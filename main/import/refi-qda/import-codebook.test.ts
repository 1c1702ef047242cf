// Codebooks imported into a fresh app as tags: hierarchy and colours kept, a name we already have
// merged rather than doubled, a second import adding nothing, our own .qdpx and .qdc round-tripping,
// one undo taking the import back, and a bad file changing nothing.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strToU8 } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Tag } from '../../../common/model/annotation-types'
import { startAnnotatedApp, type AnnotatedApp } from '../../../tests/support/export-fixture'
import { callApi, startSampleApp, type SampleApp } from '../../../tests/support/sample-app'
import { REFI_FIXTURES } from '../../../tests/fixtures/refi-qda/schema-check'
import { writeQdc } from '../../export/refi-qda/codebook-xml'
import { writeQdpx } from '../../export/refi-qda/write-qdpx'
import { importCodebook } from './import-codebook'
import { readCodebookFile } from './read-codebook-file'

const NOW = '2026-12-03T11:00:00.000Z'
const fixture = (name: string) => new Uint8Array(readFileSync(join(REFI_FIXTURES, name)))

let source: AnnotatedApp
let fresh: SampleApp
let call: ReturnType<typeof callApi>

beforeAll(async () => {
  source = await startAnnotatedApp('refi-import-source')
  fresh = await startSampleApp('refi-import-fresh')
  call = callApi(fresh.services)
}, 60_000)
afterAll(async () => {
  await source?.close()
  await fresh?.close()
})

const importBytes = async (name: string, bytes: Uint8Array) =>
  importCodebook(fresh.services.annotations, readCodebookFile(name, bytes), NOW)
const tags = () => call<Tag[]>('listTags', {})
/** `parent/child #colour`, sorted: the codebook as a reader would check it. */
const paths = async () => {
  const all = await tags()
  const path = (tag: Tag): string => {
    const parent = all.find((candidate) => candidate.id === tag.parentId)
    return parent ? `${path(parent)}/${tag.name}` : tag.name
  }
  return all.map((tag) => `${path(tag)} ${tag.color}`).sort()
}

describe('importCodebook', () => {
  it('adds a peer’s codes as nested, coloured tags once, merging a name we already have', async () => {
    await call('createTag', { name: 'ANTI-CORRUPTION', color: '#000000' })
    expect(await importBytes('peer.qdc', fixture('codebook-1.0.qdc'))).toEqual({ tagsAdded: 3 })
    const added = await paths()
    expect(added).toEqual(
      expect.arrayContaining([
        'ANTI-CORRUPTION #000000',
        'นโยบายเศรษฐกิจ #1f77b4',
        'นโยบายเศรษฐกิจ/การลงทุนภาครัฐ #ff8800',
        expect.stringMatching(/^นโยบายเศรษฐกิจ\/Private sector #[0-9a-f]{6}$/)
      ])
    )
    expect(added).toHaveLength(4)
    expect(await importBytes('peer.qdc', fixture('codebook-1.0.qdc'))).toEqual({ tagsAdded: 0 })
    expect(await paths()).toEqual(added)
    const economy = (await tags()).find((tag) => tag.name === 'นโยบายเศรษฐกิจ')
    expect(economy?.description).toBe('Economic policy & reform <all levels>')
    expect(economy?.id).toMatch(/^t[0-9a-f]{12}$/)
  })

  it('reads the older namespace and a project file not named project.qde; one undo takes an import back', async () => {
    const before = await paths()
    expect(await importBytes('old.qdc', fixture('codebook-0.4.qdc'))).toEqual({ tagsAdded: 2 })
    expect(await paths()).toEqual(
      expect.arrayContaining(['Land reform #2ca02c', expect.stringMatching(/^Land reform\/ที่ดิน #/)])
    )
    await call('undo', {})
    expect(await paths()).toEqual(before)
    expect(await importBytes('atlas.qdpx', fixture('atlas-named-project.qdpx'))).toEqual({ tagsAdded: 2 })
    expect(await paths()).toEqual(expect.arrayContaining(['Institutions/ปฏิรูปการบริหาร #ff7f0e']))
  })

  it('re-imports our own .qdpx and .qdc: the tags come back once, without the Themes and Documents folders', async () => {
    const model = await source.model()
    const before = (await tags()).length
    expect(await importBytes('crossread.qdpx', writeQdpx(model))).toEqual({ tagsAdded: 2 })
    expect(await paths()).toEqual(
      expect.arrayContaining(['ปฏิรูป #2f5d62', `ปฏิรูป/กระจายอำนาจ ${source.child.color.toLowerCase()}`])
    )
    expect((await tags()).some((tag) => tag.name === 'Themes' || tag.name === 'Documents')).toBe(false)
    expect(await importBytes('crossread.qdc', strToU8(writeQdc(model)))).toEqual({ tagsAdded: 0 })
    expect(await importBytes('crossread.qdpx', writeQdpx(model))).toEqual({ tagsAdded: 0 })
    expect((await tags()).length).toBe(before + 2)
  })

  it('refuses bad files with a sentence and leaves the codebook as it was', async () => {
    const before = await paths()
    const bad: Array<[string, Uint8Array]> = [
      ['notes.qdc', strToU8('not xml at all')],
      ['page.qdc', strToU8('<html/>')],
      ['bomb.qdpx', fixture('zip-bomb.qdpx')],
      ['escape.qdpx', fixture('path-escape.qdpx')]
    ]
    for (const [name, bytes] of bad)
      await expect(importBytes(name, bytes)).rejects.toThrow(`“${name}” cannot be imported: `)
    expect(await paths()).toEqual(before)
  })
})
