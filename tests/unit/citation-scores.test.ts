// Citation extraction and resolution scored against the hand labels of tests/fixtures/intelligence
// (written before any rule existed): per-kind precision and recall over distinct (article, id)
// pairs, the Thai-form resolution rate, resolution to the right known document, and every
// mention found being one the labels name. Tables are printed; the floors fail the test.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Citation } from '../../common/model/intelligence-types'
import { extractCitations } from '../../main/citations/extract-citations'
import { indexKnownDocuments, readKnownDocuments } from '../../main/citations/known-documents'
import { type ArticleLabels, loadLabelledArticles } from '../support/intelligence-labels'
import { parseLabelledArticle, useShippedDomainWords } from '../support/labelled-articles'

const known = indexKnownDocuments(readKnownDocuments(join(import.meta.dirname, '../../resources/known-documents.json')))
let results: { labels: ArticleLabels; citations: Citation[] }[] = []

beforeAll(() => {
  useShippedDomainWords()
  results = loadLabelledArticles().map(({ labels, text }) => {
    const article = parseLabelledArticle(labels.file, text)
    return { labels, citations: extractCitations(article, known) }
  })
})

type Counts = { tp: number; fp: number; fn: number }
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)

describe('citations on the labelled set', () => {
  it('finds each cited document by its canonical id, per kind, at 0.98 precision and recall', () => {
    const byKind = new Map<string, Counts>()
    const count = (kind: string) => byKind.get(kind) ?? byKind.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind)!
    const misses: string[] = []
    const wrongKinds: string[] = []
    for (const { labels, citations } of results) {
      const expected = new Map(labels.documents.filter((doc) => doc.id).map((doc) => [doc.id!, doc.kind]))
      const found = new Map(citations.filter((c) => c.id).map((c) => [c.id!, c.kind]))
      for (const [id, kind] of expected) {
        if (found.has(id)) count(kind).tp++
        else count(kind).fn++
        if (!found.has(id)) misses.push(`${labels.file}: missed ${id}`)
      }
      for (const [id, kind] of found) {
        if (!expected.has(id)) count(kind).fp++
        if (!expected.has(id)) misses.push(`${labels.file}: wrongly found ${id}`)
        else if (expected.get(id) !== kind)
          wrongKinds.push(`${labels.file}: ${id} read as ${kind}, labelled ${expected.get(id)}`)
      }
    }
    const total = [...byKind.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0
    })
    console.log('\nDocuments by kind (distinct article-id pairs)')
    console.table(
      Object.fromEntries(
        [...[...byKind].sort(), ['all', total] as const].map(([kind, c]) => [
          kind,
          {
            labelled: c.tp + c.fn,
            found: c.tp + c.fp,
            precision: ratio(c.tp, c.tp + c.fp).toFixed(3),
            recall: ratio(c.tp, c.tp + c.fn).toFixed(3)
          }
        ])
      )
    )
    if (misses.length) console.log(misses.join('\n'))
    expect(ratio(total.tp, total.tp + total.fp)).toBeGreaterThanOrEqual(0.98)
    expect(ratio(total.tp, total.tp + total.fn)).toBeGreaterThanOrEqual(0.98)
    expect(wrongKinds).toEqual([])
  })

  it('resolves Thai-form references to the document the labels name', () => {
    let labelled = 0
    let resolved = 0
    let strict = 0
    const misses: string[] = []
    for (const { labels, citations } of results) {
      for (const doc of labels.documents.filter((d) => d.surfaces.thai.length > 0 && d.id)) {
        labelled++
        const citation = citations.find(
          (c) => c.id === doc.id && doc.surfaces.thai.every((s) => c.mentions.some((m) => m.text === s))
        )
        if (citation) resolved++
        if (citation && doc.thaiResolvedBy !== 'context') strict++
        if (!citation) misses.push(`${labels.file}: ${doc.surfaces.thai.join(', ')} not resolved to ${doc.id}`)
      }
    }
    const rate = resolved / labelled
    console.log(
      `\nThai-form resolution: ${resolved} of ${labelled} (${rate.toFixed(3)}); by the same article or the sole known match: ${strict}`
    )
    if (misses.length) console.log(misses.join('\n'))
    expect(rate).toBeGreaterThanOrEqual(0.9)
  })

  it('resolves each citation to the known document it means (18-NQ/TW of 2017 or of 2022)', () => {
    let labelled = 0
    let right = 0
    let wrong = 0
    const misses: string[] = []
    for (const { labels, citations } of results) {
      for (const doc of labels.documents.filter((d) => d.document)) {
        labelled++
        const citation = citations.find((c) => c.id === doc.id)
        const key = citation?.resolved?.key ?? null
        if (key === doc.document) right++
        else if (key) wrong++
        if (key !== doc.document)
          misses.push(
            `${labels.file}: ${doc.id} → ${key ?? 'unresolved'}, labelled ${doc.document} (${doc.resolvedBy})`
          )
      }
    }
    console.log(`\nResolution to the known document: ${right} of ${labelled} right, ${wrong} wrong`)
    if (misses.length) console.log(misses.join('\n'))
    expect(wrong).toBe(0)
    expect(right / labelled).toBeGreaterThanOrEqual(0.95)
  })

  it('reports no mention the labels do not name, and none of their not-citations', () => {
    const extra: string[] = []
    for (const { labels, citations } of results) {
      const surfaces = new Set(labels.documents.flatMap((doc) => [...doc.surfaces.code, ...doc.surfaces.thai]))
      for (const mention of citations.flatMap((c) => c.mentions)) {
        if (!surfaces.has(mention.text)) extra.push(`${labels.file}: ${mention.text}`)
      }
    }
    expect(extra).toEqual([])
  })
})
