// `npm run web`: Crossread in the browser, for machines without Electron's binary and for tests.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import open from 'open'
import { startServices } from '../app/start-services'
import { defaultUserDataDir } from '../paths/user-data-dir'
import { startLastingWebHost } from './lasting-web-host'

const root = resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    // Without --port, the port of the last start (kept in the data folder) when it is free.
    port: { type: 'string' },
    'new-token': { type: 'boolean', default: false },
    'no-open': { type: 'boolean', default: false }
  }
})

const rendererDir = resolve(root, 'out/renderer')
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error('The renderer is not built yet: run `npm run web`, which builds it first.')
  process.exit(1)
}
const dataDir = resolve(values['data-dir'] ?? defaultUserDataDir())
const services = await startServices({
  dataDir,
  bundledFolder: resolve(root, 'resources/articles'),
  // Built with the renderer by `npm run web`: starts in a tenth of the time of the TypeScript one.
  searchWorkerEntry: pathToFileURL(resolve(root, 'out/main/search-worker.js')),
  openExternal: async (url) => {
    const child = await open(url)
    child.on('error', () => console.error(`Could not start a browser; the address is ${url}`))
  }
}).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
// `npm start` falls back to web mode and says so in this variable: the page names the command the
// user ran when it cannot reach the host.
const launchCommand = process.env.CROSSREAD_LAUNCH_COMMAND ?? 'npm run web'
// The token and port are kept in the data folder (web-access.json, owner-only): the address stays
// the same from one start to the next, and a tab left open reconnects by itself.
const { host, notes } = await startLastingWebHost({
  dataDir,
  rendererDir,
  port: values.port === undefined ? undefined : Number(values.port),
  renewToken: values['new-token'],
  handlers: services.handlers,
  launchCommand
}).catch((err: unknown) => {
  console.error(`The web host could not start: ${err instanceof Error ? err.message : String(err)}`)
  return process.exit(1)
})

for (const note of notes) console.log(note)
console.log(`Crossread (web mode) is running. Open this address in your browser:\n\n  ${host.url}\n`)
console.log('The address stays the same at the next start: a tab left open reconnects by itself.')
console.log(`Data folder: ${dataDir}\nPress Ctrl+C to stop.`)
if (!values['no-open'] && process.env.CI !== 'true') {
  open(host.url)
    .then((child) => child.on('error', () => undefined))
    .catch(() => undefined)
}

// Save before stopping; if annotations cannot be written, a second Ctrl+C is needed to lose them.
let warned = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void services.flush().then(async (saved) => {
      if (!saved && !warned) {
        warned = true
        console.error(
          'Your latest annotations could not be saved (see the banner in the app). Press Ctrl+C again to quit and lose them.'
        )
        return
      }
      await Promise.all([host.close(), services.close().catch(() => undefined)])
      process.exit(saved ? 0 : 1)
    })
  })
}
