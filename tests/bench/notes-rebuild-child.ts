// A probe, not part of `npm run bench`: the app process over a data folder that holds only
// annotations (seed-annotations.ts), until a note's word finds annotations. Without a saved notes
// index (or after the store changed) that is the full rebuild from every annotation; run again on
// the same folder, it is the relaunch. Prints the time to the first note found, to the end of the
// close (which waits for the rebuild and saves the notes index), the process's peak RSS (workers
// included) and the main thread's heap when the first note was found (--expose-gc to settle it).
import { startBuiltServices } from './built-services'

const [dataDir, bundled, probe = 'การ'] = process.argv.slice(2) as [string, string, string?]
const started = performance.now()
const trace = process.env.BENCH_MEMORY_TRACE
  ? setInterval(() => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const { rss, heapUsed } = process.memoryUsage()
      console.error(`${seconds} s ${(rss / 1e6).toFixed(0)} MB, main heap ${(heapUsed / 1e6).toFixed(0)} MB`)
    }, 250)
  : null
const services = await startBuiltServices(dataDir, bundled)
let found = 0
while (found === 0) {
  const answer = await services.handlers.search({ query: probe, limit: 20 })
  found = answer.status.state === 'ready' ? answer.annotations.length : 0
  if (found === 0) await new Promise((done) => setTimeout(done, 20))
}
const notesMs = performance.now() - started
;(globalThis as { gc?: () => void }).gc?.()
const heapAfterMb = process.memoryUsage().heapUsed / 1e6
const rssAfterMb = process.memoryUsage().rss / 1e6
await services.close() // waits for the rebuild to end, and saves the notes index
const closedMs = performance.now() - started
if (trace) clearInterval(trace)
console.log(
  JSON.stringify(
    { notesMs, closedMs, heapAfterMb, rssAfterMb, maxRssMb: process.resourceUsage().maxRSS / 1024 },
    (_, value) => (typeof value === 'number' ? Math.round(value) : value)
  )
)
