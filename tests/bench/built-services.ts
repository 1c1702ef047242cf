// The app's services as a benchmark runs them: with the built search and parse workers (out/main,
// from `npm run bench`'s build), no folder watching, no log, and nothing opened outside.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startServices, type Services } from '../../main/app/start-services'

const root = resolve(import.meta.dirname, '../..')

export function startBuiltServices(dataDir: string, bundledFolder: string): Promise<Services> {
  return startServices({
    dataDir,
    bundledFolder,
    watch: false,
    log: () => undefined,
    searchWorkerEntry: pathToFileURL(join(root, 'out/main/search-worker.js')),
    openExternal: async () => undefined
  })
}
