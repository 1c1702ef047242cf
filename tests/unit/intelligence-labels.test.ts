// The labelled set for citations and themes holds together: every article has labels, every
// labelled surface is really in its article, every resolved document is in the known list. The
// scores that the detection tests print are only as good as these labels.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { knownDocumentsFileSchema } from '../../common/model/intelligence-data'
import { LABELS_DIR, loadLabelledArticles } from '../support/intelligence-labels'

const known = knownDocumentsFileSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/known-documents.json'), 'utf8'))
)
const knownByKey = new Map(known.documents.map((doc) => [doc.key, doc]))
const articles = loadLabelledArticles()

/** The text without its source line, whose URL slug (`nghi-quyet-18-nqtw`) is not a citation. */
const body = (text: string): string =>
  text
    .split(/\r?\n/)
    .filter((line) => !/^(ที่มา:|https?:\/\/)/.test(line.trim()))
    .join('\n')

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('intelligence labels', () => {
  it('label every article of the folder: the five samples and at least 30 written by the team', () => {
    const texts = readdirSync(LABELS_DIR).filter((name) => name.endsWith('.txt'))
    expect(articles.map((a) => a.labels.file).sort()).toEqual(texts.sort())
    expect(articles.filter((a) => a.labels.written === 'sample')).toHaveLength(5)
    expect(articles.filter((a) => a.labels.written === 'team').length).toBeGreaterThanOrEqual(30)
  })

  it('name only surfaces that occur in the article, a Thai form where no code follows it', () => {
    for (const { labels, text } of articles) {
      const plain = body(text)
      for (const doc of labels.documents) {
        for (const code of doc.surfaces.code) expect(plain, `${labels.file}: ${code}`).toContain(code)
        for (const thai of doc.surfaces.thai) {
          const bare = new RegExp(`${escape(thai)}(?![0-9]|\\s*[-–/]\\s*[A-Za-zĐđ])`)
          expect(bare.test(plain), `${labels.file}: ${thai}`).toBe(true)
        }
        expect(doc.surfaces.code.length + doc.surfaces.thai.length, labels.file).toBeGreaterThan(0)
        expect(doc.form, labels.file).toBe(doc.surfaces.code.length > 0 ? 'code' : 'thai')
        if (doc.surfaces.thai.length === 0) expect(doc.thaiResolvedBy, labels.file).toBeNull()
        if (doc.surfaces.code.length > 0 && doc.surfaces.thai.length > 0) {
          expect(doc.thaiResolvedBy, labels.file).toBe('same-article')
        }
        if (doc.thaiResolvedBy === null && doc.surfaces.thai.length > 0) expect(doc.id, labels.file).toBeNull()
      }
      for (const number of labels.notCitations) expect(text, `${labels.file}: ${number}`).toContain(number)
    }
  })

  it('resolve documents only to known entries whose id is the labelled id', () => {
    for (const { labels } of articles) {
      const ids = labels.documents.map((doc) => doc.id).filter((id) => id !== null)
      expect(new Set(ids).size, labels.file).toBe(ids.length)
      for (const doc of labels.documents) {
        if (doc.document === null) {
          expect(doc.resolvedBy, `${labels.file}: ${doc.id}`).toBeNull()
          continue
        }
        expect(knownByKey.get(doc.document)?.id, `${labels.file}: ${doc.document}`).toBe(doc.id)
        const sharing = known.documents.filter((entry) => entry.id === doc.id).length
        if (doc.resolvedBy === 'unique') expect(sharing, `${labels.file}: ${doc.id}`).toBe(1)
        if (doc.resolvedBy === 'date' || doc.resolvedBy === 'context') {
          expect(sharing, `${labels.file}: ${doc.id}`).toBeGreaterThan(1)
        }
        expect(doc.resolvedBy, `${labels.file}: ${doc.id}`).not.toBeNull()
      }
    }
  })

  it('give each theme once, and never as both a theme and a near miss', () => {
    for (const { labels } of articles) {
      const ids = labels.themes.map((theme) => theme.id)
      expect(new Set(ids).size, labels.file).toBe(ids.length)
      for (const miss of labels.notThemes) expect(ids, `${labels.file}: ${miss.id}`).not.toContain(miss.id)
    }
  })

  it('cover every theme in several articles, and keep some articles with no theme', () => {
    const counts = new Map<string, number>()
    for (const { labels } of articles) for (const t of labels.themes) counts.set(t.id, (counts.get(t.id) ?? 0) + 1)
    expect(counts.size).toBe(10)
    for (const [id, count] of counts) expect(count, id).toBeGreaterThanOrEqual(4)
    expect(articles.filter((a) => a.labels.themes.length === 0).length).toBeGreaterThanOrEqual(3)
  })
})
