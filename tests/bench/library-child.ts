// One measured step in its own process, so that its peak memory is its own: `import` reads a
// corpus into an empty data folder; `relaunch` opens that data folder again.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Library } from '../../main/library/library'

// The built parse worker, as the app starts it (`npm run bench` builds first).
const parseWorkerEntry = pathToFileURL(resolve(import.meta.dirname, '../../out/main/parse-worker.js'))

const [mode, dataDir, corpus, bundled] = process.argv.slice(2) as [string, string, string, string]
const started = performance.now()
const { library, synced } = await Library.open({
  dataDir,
  bundledFolder: bundled,
  watch: false,
  log: () => undefined,
  parseWorkerEntry
})
const listedAfterMs = performance.now() - started
const listed = library.list().length

if (mode === 'import') {
  const report = await library.importFolder(corpus)
  await library.flush()
  const importMs = performance.now() - started
  await library.close()
  console.log(
    JSON.stringify({
      importMs,
      articles: library.list().length,
      report,
      maxRssMb: process.resourceUsage().maxRSS / 1024
    })
  )
} else {
  await synced
  const syncedAfterMs = performance.now() - started
  await library.close()
  console.log(
    JSON.stringify({
      listedAfterMs,
      listed,
      syncedAfterMs,
      lastSync: library.status.get().lastImport,
      maxRssMb: process.resourceUsage().maxRSS / 1024
    })
  )
}
