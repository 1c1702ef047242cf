// Measures what the near-duplicate sketch can tell apart, to choose its shingle size, sample rate
// and thresholds (main/duplicates/README.md): containment both ways for the labelled pairs of
// tests/fixtures/near-duplicates, and the highest containment between every other pair of distinct
// articles in the fixture sets (many on the same reform themes, none a copy of another).
// Run: npx tsx tests/bench/near-duplicate-thresholds.ts
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'
import { documentWords } from '../../main/search/document-words'
import { installDomainWords } from '../../common/text/kernel-words'
import { parseDomainWords } from '../../common/text/word-list'
import { sharedEntries, sketchOfWords } from '../../main/duplicates/shingle-sketch'
import { bodyWords } from '../support/near-duplicate-fixtures'

const root = resolve(import.meta.dirname, '../..')
installDomainWords(parseDomainWords(readFileSync(join(root, 'resources/domain-words.txt'), 'utf8')))

const folders = ['intelligence', 'holdout', 'holdout-2', 'articles', 'near-duplicates'].map((name) =>
  join(root, 'tests/fixtures', name)
)
const seen = new Set<string>()
const articles: Array<{ name: string; words: string[] }> = []
for (const folder of folders)
  for (const file of readdirSync(folder).sort()) {
    if (!/\.(txt|md|html)$/.test(file) || file === 'README.md') continue
    const bytes = readFileSync(join(folder, file))
    const digest = createHash('sha1').update(bytes).digest('hex')
    if (seen.has(digest)) continue // the samples are copied into several sets
    seen.add(digest)
    const parsed = parseArticle(bytes, file)
    if (!parsed.ok || parsed.article.blocks.length === 0) continue
    const { title, blocks } = parsed.article
    const words = bodyWords(
      documentWords(
        title.value,
        blocks.map((block) => block.text)
      ).sequence
    )
    articles.push({ name: `${folder.split('/').pop()}/${file}`, words })
  }
const labelled = (name: string) => name.startsWith('near-duplicates/')
console.log(`${articles.length} distinct articles, median ${median(articles.map((a) => a.words.length))} body words`)

for (const size of [3, 4, 5, 6, 8])
  for (const every of size === 5 ? [1, 2, 4, 8] : [1]) {
    const sketches = articles.map((article) => sketchOfWords(article.words, { size, every }))
    const negatives: Array<{ max: number; pair: string }> = []
    const positives: string[] = []
    for (let i = 0; i < articles.length; i++)
      for (let j = i + 1; j < articles.length; j++) {
        const [a, b] = [sketches[i] as Uint32Array, sketches[j] as Uint32Array]
        const shared = sharedEntries(a, b)
        const ab = shared / Math.max(1, a.length)
        const ba = shared / Math.max(1, b.length)
        const names = `${articles[i]?.name} ~ ${articles[j]?.name}`
        if (labelled(articles[i]?.name ?? '') && labelled(articles[j]?.name ?? ''))
          positives.push(`  ${ab.toFixed(2)} / ${ba.toFixed(2)} (${shared} shared)  ${names}`)
        else negatives.push({ max: Math.max(ab, ba), pair: `${names} (${shared} shared)` })
      }
    negatives.sort((x, y) => y.max - x.max)
    const sizes = sketches.map((sketch) => sketch.length)
    console.log(
      `\n${size}-word shingles, 1 in ${every}: median sketch ${median(sizes)}, smallest ${Math.min(...sizes)}`
    )
    console.log(positives.join('\n'))
    const p99 = negatives[Math.floor(negatives.length / 100)]?.max ?? 0
    console.log(
      `  other pairs (${negatives.length}): highest ${negatives
        .slice(0, 3)
        .map((n) => `${n.max.toFixed(2)} ${n.pair}`)
        .join('; ')}; 99th percentile ${p99.toFixed(3)}`
    )
  }

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
}
