// Theme decisions are stored like the codebook (in the manifest, journaled as full values): they
// survive a crash and a save, and the journals and manifests written before them still read.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { themeDecisionId, type ThemeDecision } from '../../common/model/theme-decision'
import { ARTICLE, annotation } from '../../tests/support/annotation-builder'
import { listSegments, segmentName } from './journal-file'
import { openAnnotationStore, type OpenedStore } from './open-store'
import { MANIFEST, STORE_DIR, storePath } from './store-layout'

const NEVER = 3_600_000 // no coalesced write unless a test flushes: only the journal holds the changes
let dir: string
let opened: OpenedStore | null = null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-theme-decisions-'))
})
afterEach(async () => {
  await crash()
  await rm(dir, { recursive: true, force: true })
})

async function crash(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}

async function open(): Promise<OpenedStore> {
  await crash()
  opened = await openAnnotationStore(dir, { coalesceMs: NEVER })
  return opened
}

const decision = (themeId: string, verdict: ThemeDecision['verdict'], articleId = ARTICLE): ThemeDecision => ({
  id: themeDecisionId(articleId, themeId),
  articleId,
  themeId,
  verdict,
  by: 'นักวิจัย',
  at: '2026-01-02T03:04:05.000Z',
  suggestion: { strength: 0.8, detected: true, ontologyVersion: 'v1', cues: ['ทินห์ กอน'] }
})
const verdicts = (opened: OpenedStore, articleId = ARTICLE) =>
  opened.store.themeDecisions.ofArticle(articleId).map((one) => `${one.themeId}=${one.verdict}`)

describe('theme decisions in the store', () => {
  it('survive a crash from the journal alone, then a save that retires it, with deletes kept', async () => {
    const { store } = await open()
    store.putThemeDecision(decision('apparatus-streamlining', 'confirmed'))
    store.putThemeDecision(decision('anti-corruption', 'rejected'))
    store.putThemeDecision(decision('digital-transformation', 'confirmed', 'b0123456789abcde'))
    await store.commit()
    store.removeThemeDecision(themeDecisionId(ARTICLE, 'anti-corruption'))
    await store.commit()
    await crash()

    const replayed = await open() // replayed and folded into the manifest at once
    expect(verdicts(replayed)).toEqual(['apparatus-streamlining=confirmed'])
    expect(verdicts(replayed, 'b0123456789abcde')).toEqual(['digital-transformation=confirmed'])
    expect(await listSegments(join(dir, STORE_DIR))).toEqual([])
    replayed.store.putThemeDecision(decision('apparatus-streamlining', 'rejected'))
    replayed.store.changed()
    await replayed.store.flush()
    await crash()

    const saved = await open()
    expect(verdicts(saved)).toEqual(['apparatus-streamlining=rejected'])
    expect(saved.store.themeDecisions.get(themeDecisionId(ARTICLE, 'apparatus-streamlining'))).toEqual(
      decision('apparatus-streamlining', 'rejected')
    )
  })

  it('replays a journal line written before theme decisions existed', async () => {
    const { store } = await open()
    const old = annotation(store, 'บันทึกเก่า')
    await crash()
    const json = JSON.stringify({ v: 1, annotations: [old], deletedAnnotations: [], tags: [], deletedTags: [] })
    await mkdir(join(dir, STORE_DIR), { recursive: true })
    const line = `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`
    await writeFile(join(dir, STORE_DIR, segmentName(1)), line)

    const again = await open()
    expect(again.notices).toEqual([])
    await again.store.ensureArticle(ARTICLE)
    expect(again.store.annotationsOf(ARTICLE).map((one) => one.note)).toEqual(['บันทึกเก่า'])
    expect(again.store.themeDecisions.all()).toEqual([])
  })

  it('loads a manifest written before theme decisions existed', async () => {
    const { store } = await open()
    store.putTag({ id: 't1', name: 'ปฏิรูป', color: '#2f5d62', description: '', parentId: null, created: '' })
    await store.checkpoint()
    await crash()
    // Unsealed and without the field, as an older Crossread wrote it: validated, not trusted.
    const manifest = JSON.parse(await readFile(storePath(dir, MANIFEST), 'utf8')) as Record<string, unknown>
    delete manifest.crc32
    delete manifest.themeDecisions
    await writeFile(storePath(dir, MANIFEST), JSON.stringify(manifest))

    const again = await open()
    expect(again.notices).toEqual([])
    expect([...again.store.tags.keys()]).toEqual(['t1'])
    expect(again.store.themeDecisions.all()).toEqual([])
  })
})
