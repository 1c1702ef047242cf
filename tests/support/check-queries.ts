// Label typo check for tests/fixtures/search-queries/queries.json, not a test and not a search engine:
// for each query, prints the expected files whose cleaned text (title + parsed blocks) does not contain
// the query by a naive check. Quoted text must occur as is; other words each as a substring (folded
// when typed without diacritics); party-document numbers compare in canonical form (`18 - NQ/TW` =
// `18-nq/tw`, `05-CT/TW` = `5-ct/tw`). Only prints; exit code 0.
//   npx tsx tests/support/check-queries.ts            (missing labels only)
//   npx tsx tests/support/check-queries.ts --unlisted (also files that contain it but are not expected)
// Differences are expected for the documented tricky cases (prefixes, removed lines, traps such as
// หวัด inside จังหวัด or 5-CT/TW inside 35-CT/TW); read each query's note before changing a label.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'

interface Entry {
  query: string
  kind: string
  expected: string[]
  note: string
}

const root = join(import.meta.dirname, '..', '..')
const folders = ['resources/articles', 'tests/fixtures/articles', 'tests/fixtures/holdout']
const DOCUMENT = /(\d{1,4})\s*[-–]\s*([A-Za-zĐđ]{1,5})\s*\/\s*([A-Za-zĐđ]{1,5})/g

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
const canonical = (m: RegExpMatchArray): string =>
  `${Number(m[1])}-${fold(m[2] ?? '').toLowerCase()}/${fold(m[3] ?? '').toLowerCase()}`

/** Cleaned, searchable text of every article file in the corpus, by repo-relative path. */
function corpus(): Map<string, string> {
  const texts = new Map<string, string>()
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!/\.(txt|md|html)$/.test(name) || name === 'README.md') continue
      const path = join(root, folder, name)
      const parsed = parseArticle(readFileSync(path), name)
      const text = parsed.ok ? [parsed.article.title.value, ...parsed.article.blocks.map((b) => b.text)].join('\n') : ''
      texts.set(relative(root, path), text.normalize('NFC').toLowerCase())
    }
  }
  return texts
}

/** Naive containment: not the search semantics, only enough to catch a mislabelled file. */
function contains(text: string, query: string): boolean {
  const documents = [...query.matchAll(DOCUMENT)].map(canonical)
  const inText = new Set([...text.matchAll(DOCUMENT)].map(canonical))
  if (!documents.every((d) => inText.has(d))) return false
  let rest = query.replace(DOCUMENT, ' ')
  const phrases = [...rest.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '')
  rest = rest.replace(/"[^"]*"/g, ' ')
  const parts = [...phrases, ...rest.split(/\s+/)]
    .map((p) => p.normalize('NFC').toLowerCase())
    .filter((p) => p.length > 0)
  return parts.every((part) => (fold(part) === part ? fold(text).includes(part) : text.includes(part)))
}

const entries = JSON.parse(readFileSync(join(root, 'tests/fixtures/search-queries/queries.json'), 'utf8')) as Entry[]
const texts = corpus()
const unlisted = process.argv.includes('--unlisted')
let flagged = 0
for (const entry of entries) {
  const lines: string[] = []
  for (const file of entry.expected) {
    const text = texts.get(file)
    if (text === undefined) lines.push(`  not in corpus: ${file}`)
    else if (!contains(text, entry.query)) lines.push(`  expected but no naive match: ${file}`)
  }
  if (unlisted) {
    for (const [file, text] of texts)
      if (!entry.expected.includes(file) && contains(text, entry.query))
        lines.push(`  naive match, not expected: ${file}`)
  }
  if (lines.length > 0) {
    flagged += 1
    console.log(`${entry.kind}  ${entry.query}\n${lines.join('\n')}`)
  }
}
console.log(
  `${entries.length} queries, ${texts.size} articles, ${flagged} with differences to read against their notes.`
)
