// Everything behind the API, assembled once: the same wiring for the Electron shell, web mode and
// the end-to-end test host, so that they differ only in transport and in the two OS hooks.
import { mkdir } from 'node:fs/promises'
import { createHandlers, type HandlerDeps } from '../api/handlers'
import type { ApiHandlers } from '../api/dispatch'
import { Library } from '../library/library'

export interface ServiceOptions extends Omit<HandlerDeps, 'library'> {
  dataDir: string
  bundledFolder: string
  watch?: boolean
  log?: (message: string) => void
}

export interface Services {
  handlers: ApiHandlers
  library: Library
  /** Resolves when the folders have been brought up to date after launch. */
  synced: Promise<void>
  close(): Promise<void>
}

export async function startServices(options: ServiceOptions): Promise<Services> {
  await mkdir(options.dataDir, { recursive: true })
  const { library, synced } = await Library.open({
    dataDir: options.dataDir,
    bundledFolder: options.bundledFolder,
    watch: options.watch,
    log: options.log
  })
  const handlers = createHandlers({ library, openExternal: options.openExternal, chooseFolder: options.chooseFolder })
  return { handlers, library, synced, close: () => library.close() }
}
