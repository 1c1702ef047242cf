// A verdict on a citation's resolution: one undoable step for a whole review list, attributed and
// dated with what detection said, journaled (a crash keeps it) and saved in the manifest for good.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { AnnotationService } from '../annotations/annotation-service'
import type { CitationFacts } from './decide-citations'

const A = 'a0123456789abcde'
const B = 'b0123456789abcde'
const NEVER = 3_600_000 // no coalesced write: only the journal holds a change until a flush
const FACTS: CitationFacts = {
  suggestion: (articleId, citation) =>
    citation === '18-NQ/TW' ? { key: '18-NQ/TW@2017', confidence: 0.6, by: 'context' } : undefined,
  isKnown: (key) => key.startsWith('18-NQ/TW@')
}
let dir: string
let opened: OpenedStore | null

async function open(): Promise<AnnotationService> {
  await crash()
  opened = await openAnnotationStore(dir, { coalesceMs: NEVER })
  return new AnnotationService({
    store: opened.store,
    loadArticle: async () => undefined,
    now: () => new Date('2026-03-04T05:06:07.000Z'),
    userName: 'นักวิจัย ก'
  })
}
async function crash(): Promise<void> {
  await opened?.store.shutDown()
  await opened?.lock?.release()
  opened = null
}
const stored = () => [...(opened?.store.citationDecisions.values() ?? [])].map((d) => [d.id, d.verdict, d.document])

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-citation-decisions-'))
  opened = null
})
afterEach(async () => {
  await crash()
  await rm(dir, { recursive: true, force: true })
})

describe('citation decisions', () => {
  it('apply a review list as one step, keep what detection said, and undo it whole', async () => {
    const service = await open()
    const decisions = await service.decideCitations(
      [
        { articleId: A, citation: '18-NQ/TW', verdict: 'confirmed' },
        { articleId: B, citation: '18-NQ/TW', verdict: 'corrected', document: '18-NQ/TW@2022' }
      ],
      FACTS
    )
    expect(decisions[0]).toEqual({
      id: `${A} 18-NQ/TW`,
      articleId: A,
      citation: '18-NQ/TW',
      verdict: 'confirmed',
      document: '18-NQ/TW@2017',
      suggestion: { key: '18-NQ/TW@2017', confidence: 0.6, by: 'context' },
      by: 'นักวิจัย ก',
      at: '2026-03-04T05:06:07.000Z'
    })
    expect(stored()).toEqual([
      [`${A} 18-NQ/TW`, 'confirmed', '18-NQ/TW@2017'],
      [`${B} 18-NQ/TW`, 'corrected', '18-NQ/TW@2022']
    ])
    expect(await service.undo()).toEqual({ undone: 'review 2 citations' })
    expect(stored()).toEqual([])
    await service.redo()
    expect(stored()).toHaveLength(2)
  })

  it('refuse a citation the article lacks, a correction to an unknown document, and leave nothing behind', async () => {
    const service = await open()
    await expect(
      service.decideCitations([{ articleId: A, citation: '57-NQ/TW', verdict: 'rejected' }], FACTS)
    ).rejects.toThrow('does not cite')
    await expect(
      service.decideCitations(
        [
          { articleId: A, citation: '18-NQ/TW', verdict: 'rejected' },
          { articleId: B, citation: '18-NQ/TW', verdict: 'corrected', document: '1-X/Y@1990' }
        ],
        FACTS
      )
    ).rejects.toThrow('known-documents')
    expect(stored()).toEqual([])
  })

  it('survive a crash from the journal, and a save into the manifest', async () => {
    const service = await open()
    await service.decideCitations([{ articleId: A, citation: '18-NQ/TW', verdict: 'rejected' }], FACTS)
    await crash()
    await open()
    expect(stored()).toEqual([[`${A} 18-NQ/TW`, 'rejected', null]])
    await opened?.store.flush()
    await crash()
    await open()
    expect(opened?.store.citationDecisions.get(`${A} 18-NQ/TW`)?.by).toBe('นักวิจัย ก')
  })
})
