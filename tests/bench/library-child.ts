// One measured step in its own process, so that its peak memory is its own: `import` reads a
// corpus into an empty data folder; `relaunch` opens that data folder again.
import { Library } from '../../main/library/library'

const [mode, dataDir, corpus, bundled] = process.argv.slice(2) as [string, string, string, string]
const started = performance.now()
const { library, synced } = await Library.open({ dataDir, bundledFolder: bundled, watch: false, log: () => undefined })
const listedAfterMs = performance.now() - started
const listed = library.list().length

if (mode === 'import') {
  const report = await library.importFolder(corpus)
  await library.flush()
  const importMs = performance.now() - started
  await library.close()
  console.log(JSON.stringify({ importMs, articles: library.list().length, report, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
} else {
  await synced
  const syncedAfterMs = performance.now() - started
  await library.close()
  console.log(JSON.stringify({ listedAfterMs, listed, syncedAfterMs, lastSync: library.status.get().lastImport, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}
