// The app's services for a command that reads or writes the user's work (`export`, `import`): the
// same library as the app for that data folder (the bundled samples, the folders imported there,
// and any `--library` folder, imported first), with the index caught up so themes and documents
// are there. The data folder's lock is taken as the app takes it: with the app open, it refuses.
import { resolve } from 'node:path'
import { startServices, type Services } from '../app/start-services'

const BUNDLED = resolve(import.meta.dirname, '../../resources/articles')

export async function openCliServices(
  dataDir: string,
  libraries: string[],
  log: (line: string) => void
): Promise<Services> {
  const services = await startServices({
    dataDir,
    bundledFolder: BUNDLED,
    watch: false,
    openExternal: async () => undefined
  })
  try {
    await services.synced
    for (const folder of libraries) {
      const report = await services.library.importFolder(folder)
      if (report.error) throw new Error(report.error)
      log(`Library ${folder}: ${report.added} added, ${report.changed} changed, ${report.unreadable} unreadable.`)
    }
    await indexCaughtUp(services, log)
    return services
  } catch (err) {
    await services.close()
    throw err
  }
}

async function indexCaughtUp(services: Services, log: (line: string) => void): Promise<void> {
  for (;;) {
    const { search } = services.status()
    if (search.state === 'failed') {
      log(`The index could not be used (${search.error ?? 'unknown reason'}): themes and documents are left out.`)
      return
    }
    const articles = services.library.list().length
    if (search.state === 'ready' && search.total === articles && search.indexed >= articles) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
