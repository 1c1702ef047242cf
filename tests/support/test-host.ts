// Starts the web host the way `npm run web` does, on a temp data folder, for one e2e spec.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startServices } from '../../main/app/start-services'
import { startWebHost, type WebHost } from '../../main/web/web-host'

export const repoRoot = resolve(import.meta.dirname, '../..')

export interface TestHost extends WebHost {
  dataDir: string
  opened: string[]
  stop(): Promise<void>
}

/** `seed` prepares the data folder before the services open it (to test recovery, say). */
export async function startTestHost(options: { seed?: (dataDir: string) => Promise<void> } = {}): Promise<TestHost> {
  const rendererDir = join(repoRoot, 'out/renderer')
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('Build the renderer first: npm run build (npm test does).')
  const dataDir = await mkdtemp(join(tmpdir(), 'crossread-e2e-'))
  const opened: string[] = []
  await options.seed?.(dataDir)
  const services = await startServices({
    dataDir,
    bundledFolder: join(repoRoot, 'resources/articles'),
    // Built with the renderer (npm test builds first): starts far faster than the TypeScript one.
    searchWorkerEntry: pathToFileURL(join(repoRoot, 'out/main/search-worker.js')),
    openExternal: async (url) => void opened.push(url)
  })
  await services.synced
  const host = await startWebHost({ rendererDir, handlers: services.handlers })
  return {
    ...host,
    dataDir,
    opened,
    stop: async () => {
      await host.close()
      await services.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}
