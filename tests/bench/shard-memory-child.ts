// One article shard built alone in this process (run with --expose-gc): the heap and array
// buffers it keeps after a forced GC, and the time spent in `ShardIndex.add` alone, so the index's
// own cost is seen apart from reading and segmenting. Every other article goes to this shard, as
// the engine's two workers share them.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '../../main/articles/parse-article'
import { documentWords } from '../../main/search/document-words'
import { ShardIndex } from '../../main/search/shard-index'

const [corpus] = process.argv.slice(2) as [string]
const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('Run with node --expose-gc.')
const settled = () => {
  for (let i = 0; i < 4; i++) gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return { heapUsed, arrayBuffers }
}

const names = readdirSync(corpus)
  .sort()
  .filter((_, i) => i % 2 === 0)
const index = new ShardIndex()
const before = settled()
let addMs = 0
let sequenceBytes = 0
for (const name of names) {
  const parsed = parseArticle(readFileSync(join(corpus, name)), name)
  if (!parsed.ok) continue
  const { title, blocks } = parsed.article
  const words = documentWords(
    title.value,
    blocks.map((block) => block.text)
  )
  const started = performance.now()
  index.add({ id: name, hash: '', file: '', folder: '' }, words, [])
  addMs += performance.now() - started
  sequenceBytes += words.sequence.length * 4
}
const after = settled()
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
console.log(
  JSON.stringify({
    documents: index.documents.size,
    terms: index.dictionary.terms.length,
    heapMb: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMb: mb(after.arrayBuffers - before.arrayBuffers),
    sequencesMb: mb(sequenceBytes),
    addMs: Math.round(addMs)
  })
)
