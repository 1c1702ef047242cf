// `npm run cli`: `parse` runs from a bundle of the CLI built with esbuild (rebuilt when any source
// under main/ is newer), because compiling the TypeScript through tsx on every run cost more than
// a second before the first file was read. `search` starts worker threads from the sources, so it
// keeps running through tsx (its time goes to the index, not to starting up).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const entry = join(root, 'main/cli/cli.ts')
// Inside node_modules, so the bundle's external packages resolve from the project's node_modules.
const cacheDir = join(root, 'node_modules/.cache/crossread-cli')
const bundle = join(cacheDir, 'cli.mjs')

const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, item) => {
    const path = join(dir, item.name)
    return Math.max(newest, item.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }, 0)
const mtime = (path) => {
  try {
    return statSync(path).mtimeMs
  } catch {
    return -1
  }
}

async function ensureBundle() {
  if (mtime(bundle) > Math.max(newestSource(join(root, 'main')), mtime(join(root, 'package-lock.json')))) return
  const { build } = await import('esbuild')
  mkdirSync(cacheDir, { recursive: true })
  const temporary = `${bundle}.${process.pid}.tmp` // two runs building at once each rename a whole file
  await build({
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning'
  })
  renameSync(temporary, bundle)
}

if (process.argv[2] === 'parse') {
  await ensureBundle()
  await import(pathToFileURL(bundle).href)
} else {
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', entry, ...process.argv.slice(2)], {
    stdio: 'inherit'
  })
  process.exitCode = status ?? 1
}
