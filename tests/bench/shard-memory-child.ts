// One article shard built alone in this process (run with --expose-gc): the heap and array
// buffers it keeps after a forced GC (what one search worker keeps after a build), the time spent
// in `ShardIndex.add` alone, so the index's own cost is seen apart from reading and segmenting,
// and the postings packed as a save packs them. `node --expose-gc --import tsx
// tests/bench/shard-memory-child.ts <corpus>` (decision 011 has the figures). Every other article goes to this shard, as
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
// Packed as a save packs it (and as a relaunch reads it): the postings' smallest form.
const packStarted = performance.now()
const packedBytes = index.postings.pack().byteLength
const packMs = performance.now() - packStarted
const packed = settled()
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10
console.log(
  JSON.stringify({
    documents: index.documents.size,
    terms: index.dictionary.terms.length,
    heapMb: mb(after.heapUsed - before.heapUsed),
    arrayBuffersMb: mb(after.arrayBuffers - before.arrayBuffers),
    sequencesMb: mb(sequenceBytes),
    addMs: Math.round(addMs),
    packedMb: mb(packedBytes),
    packMs: Math.round(packMs),
    arrayBuffersPackedMb: mb(packed.arrayBuffers - before.arrayBuffers)
  })
)
