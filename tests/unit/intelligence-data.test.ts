// The shipped known-documents list, theme ontology and domain word list are valid and agree with
// each other: a bad entry there would mislead every citation and theme the app shows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

import { knownDocumentsFileSchema, THEME_IDS, themeOntologySchema } from '../../common/model/intelligence-data'

const resources = join(import.meta.dirname, '../../resources')
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(resources, name), 'utf8'))

const known = knownDocumentsFileSchema.parse(readJson('known-documents.json'))
const ontology = themeOntologySchema.parse(readJson('themes-ontology.json'))
const domainWords = readFileSync(join(resources, 'domain-words.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))

describe('known-documents.json', () => {
  it('has one entry per key, and each key is its id at the year of its date', () => {
    const keys = known.documents.map((doc) => doc.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const doc of known.documents) expect(doc.key).toBe(`${doc.id}@${doc.date.slice(0, 4)}`)
  })

  it('writes party codes as number-KIND/ISSUER and state codes with their issuing body', () => {
    for (const doc of known.documents) {
      expect(doc.id, doc.key).toMatch(/^\d+[a-z]?(-[A-ZĐa-z]+\/[A-ZĐƯ]+|(\/\d{4})?\/[A-ZĐa-z]+\d*(-[A-ZĐa-z]+\d*)?)$/)
    }
  })

  it('holds both resolutions numbered 18-NQ/TW, one per Central Committee term', () => {
    const eighteen = known.documents.filter((doc) => doc.id === '18-NQ/TW')
    expect(eighteen.map((doc) => [doc.date, doc.term])).toEqual([
      ['2017-10-25', 'XII'],
      ['2022-06-16', 'XIII']
    ])
  })
})

describe('themes-ontology.json', () => {
  it('ships exactly the ten theme ids of PRODUCT.md', () => {
    expect(ontology.themes.map((theme) => theme.id).sort()).toEqual([...THEME_IDS].sort())
  })

  it('gives every theme dozens of cues, none twice, and only known related documents', () => {
    const keys = new Set(known.documents.map((doc) => doc.key))
    for (const theme of ontology.themes) {
      const texts = theme.cues.map((cue) => cue.text)
      expect(texts.length, theme.id).toBeGreaterThanOrEqual(24)
      expect(new Set(texts).size, theme.id).toBe(texts.length)
      for (const key of theme.relatedDocuments) expect(keys.has(key), `${theme.id}: ${key}`).toBe(true)
    }
  })

  it('has cues that are whole words: no leading or trailing space or punctuation', () => {
    for (const theme of ontology.themes) {
      for (const cue of theme.cues) expect(cue.text, theme.id).toMatch(/^[^\s.,;:()"'][^]*[^\s.,;:()"']$|^[^\s]$/)
    }
  })

  it('says, for each domain word that hides a Thai cue inside it, whether the word counts', () => {
    // A domain word is kept whole by the kernel, so a cue inside it never matches on word
    // boundaries: the theme must list the longer word as a cue too, or as a notCue.
    for (const theme of ontology.themes) {
      const listed = new Set([...theme.cues.map((cue) => cue.text), ...theme.notCues])
      for (const cue of theme.cues.filter((c) => c.lang === 'th')) {
        const hiding = domainWords.filter((word) => word !== cue.text && word.includes(cue.text) && !listed.has(word))
        expect(hiding, `${theme.id}: ${cue.text}`).toEqual([])
      }
    }
  })
})

describe('domain-words.txt', () => {
  it('lists several hundred distinct NFC words', () => {
    expect(domainWords.length).toBeGreaterThanOrEqual(300)
    expect(new Set(domainWords).size).toBe(domainWords.length)
    for (const word of domainWords) expect(word.normalize('NFC'), word).toBe(word)
  })
})
