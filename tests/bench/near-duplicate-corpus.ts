// A 10,000-article corpus for the near-duplicate benchmark in which different articles really are
// different: generate-corpus.ts builds every article from the same few dozen sample paragraphs, so
// any two of its articles share whole paragraphs (every sketch entry is then held by thousands of
// articles and set aside as boilerplate: nothing pairs, and nothing is measured). Here each body is
// drawn word by word from the samples' vocabulary, by frequency; then known copies are planted:
// republications cut down (half to all of the source's paragraphs, in order) under a new lead, and
// verbatim copies under another outlet's header. Deterministic (seeded).
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { mulberry32, samplePool } from './generate-corpus'
import { documentWords } from '../../main/search/document-words'

const OUTLETS = ['Báo Nhân dân', 'Báo Quảng Ninh', 'Báo Bắc Ninh', 'Báo Tin tức', 'VietnamPlus', 'Báo Lạng Sơn']
const CUT_DOWN = 0.05
const VERBATIM = 0.02

export interface PlantedCopy {
  copy: string
  source: string
  kind: 'cut-down' | 'verbatim'
}

export async function writeNearDuplicateCorpus(dir: string, count: number, samplesDir: string, seed = 7) {
  await mkdir(dir, { recursive: true })
  const random = mulberry32(seed)
  const words = samplePool(samplesDir).paragraphs.flatMap((text) => documentWords('', [text]).sequence.filter(Boolean))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  // Thai is written without spaces between words; a space now and then ends a phrase.
  const paragraph = () =>
    Array.from({ length: 60 + Math.floor(random() * 60) }, (_, i) => pick(words) + (i % 11 === 10 ? ' ' : '')).join('')
  /** The originals' bodies and names: copies are never copied again, so the labels stay pairs of a copy and its source. */
  const originals: Array<{ name: string; body: string[] }> = []
  const planted: PlantedCopy[] = []
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const name = `${String(i).padStart(5, '0')}.txt`
    const roll = random()
    const source = originals.length > 0 && roll < CUT_DOWN + VERBATIM ? pick(originals) : null
    let body: string[]
    if (source && roll < CUT_DOWN) {
      const keep = 0.5 + random() * 0.5
      body = [paragraph(), ...source.body.filter(() => random() < keep)]
      planted.push({ copy: name, source: source.name, kind: 'cut-down' })
    } else if (source) {
      body = [...source.body]
      planted.push({ copy: name, source: source.name, kind: 'verbatim' })
    } else {
      body = Array.from({ length: 6 + Math.floor(random() * 6) }, paragraph)
      originals.push({ name, body })
    }
    const outlet = pick(OUTLETS)
    const text = [`${outlet} - 2025 - ${paragraph().slice(0, 70)} (${i})`, ...body, 'แหล่งที่มา', ''].join('\n')
    bytes += Buffer.byteLength(text)
    await writeFile(join(dir, name), text)
  }
  return { bytes, planted }
}
