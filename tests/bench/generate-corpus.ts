// A synthetic corpus in the genre, from the bundled samples: body paragraphs shuffled, headers of
// every shape, junk of every kind, about 10 KB an article. Deterministic (seeded), so runs compare.
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'

const OUTLETS = [
  'Báo Nhân dân',
  'Việt Nam',
  'Kinhtedothi',
  'Báo Hải Dương',
  'Báo Lạng Sơn',
  'Tuổi Trẻ',
  'Báo Quảng Ninh',
  'VietnamPlus'
]
const FOOTER = [
  'No data',
  'หัวข้อเดียวกัน',
  'หมวดหมู่เดียวกัน',
  'ผู้เขียนเดียวกัน',
  'ภาพ',
  'มรดก',
  'ข่าว',
  'ท้องถิ่น',
  'No videos available'
]

export function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function samplePool(samplesDir: string): { paragraphs: string[]; titles: string[] } {
  const paragraphs: string[] = []
  const titles: string[] = []
  for (const file of readdirSync(samplesDir)) {
    const parsed = parseArticle(readFileSync(join(samplesDir, file)), file)
    if (!parsed.ok) continue
    titles.push(parsed.article.title.value)
    paragraphs.push(
      ...parsed.article.blocks
        .filter((block) => block.kind === 'paragraph' && block.text.length > 200)
        .map((block) => block.text)
    )
  }
  return { paragraphs, titles }
}

export function generateArticle(
  random: () => number,
  pool: { paragraphs: string[]; titles: string[] },
  index: number,
  targetBytes = 10_000
): string {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T
  const outlet = pick(OUTLETS)
  const day = 1 + Math.floor(random() * 28)
  const month = 1 + Math.floor(random() * 12)
  const year = 2023 + Math.floor(random() * 3)
  const title = `${pick(pool.titles).slice(0, 80)} (${index})`
  const dateLine = `${outlet}${outlet}${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
  const lines: string[] = []
  const shape = Math.floor(random() * 4)
  if (shape === 0) lines.push(`${outlet} - ${year} - ${title}`)
  if (shape === 1) lines.push(`${title} - Báo ${outlet.replace(/^Báo /, '')}`, '', dateLine, '')
  if (shape === 2)
    lines.push('Vietnam.vn - Nền tảng quảng bá Việt Nam', '', title, '', pick(pool.paragraphs), '', dateLine, '')
  let bytes = 0
  while (bytes < targetBytes) {
    const paragraph = pick(pool.paragraphs)
    lines.push(paragraph)
    bytes += Buffer.byteLength(paragraph)
    const junk = random()
    if (junk < 0.08) lines.push(`รูปภาพ,${Math.floor(random() * 9000)},${Math.floor(random() * 9e7)}.jpg`)
    if (junk > 0.94) {
      const caption = `${paragraph.slice(0, 90)} (ภาพ: THANH MAI)`
      lines.push(caption, caption)
    }
  }
  lines.push(random() < 0.8 ? `ที่มา: https://example.vn/bai-viet-${index}.html` : 'แหล่งที่มา', 'การแสดงความคิดเห็น (0)', '')
  for (let i = 0; i < 6; i++) lines.push(pick(FOOTER))
  return lines.join(random() < 0.1 ? '\r\n' : '\n')
}

export async function writeCorpus(dir: string, count: number, samplesDir: string, seed = 42): Promise<number> {
  await mkdir(dir, { recursive: true })
  const random = mulberry32(seed)
  const pool = samplePool(samplesDir)
  let total = 0
  for (let i = 0; i < count; i++) {
    const text = generateArticle(random, pool, i)
    total += Buffer.byteLength(text)
    await writeFile(
      join(dir, `${String(Math.floor(i / 1000)).padStart(2, '0')}-${String(i).padStart(5, '0')}.txt`),
      text
    )
  }
  return total
}
