// The app's services over the bundled sample articles, as web mode starts them (without watching
// the folder), for tests that drive the API as the renderer calls it: through dispatch, input
// validated and answers typed. `close` stops the services and removes the data folder.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ApiMethodName } from '../../common/api/method-names'
import { dispatch } from '../../main/api/dispatch'
import { startServices, type Services } from '../../main/app/start-services'

export const SAMPLE_ARTICLES = resolve(import.meta.dirname, '../../resources/articles')

export interface SampleApp {
  dataDir: string
  services: Services
  close(): Promise<void>
}

export async function startSampleApp(name: string): Promise<SampleApp> {
  const dataDir = await mkdtemp(join(tmpdir(), `crossread-${name}-`))
  const services = await startServices({
    dataDir,
    bundledFolder: SAMPLE_ARTICLES,
    watch: false,
    openExternal: async () => undefined
  })
  await services.synced
  return {
    dataDir,
    services,
    close: async () => {
      await services.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/** Calls a method as the renderer does; throws with the API's message when it refuses. */
export const callApi =
  (services: Services) =>
  async <T>(method: ApiMethodName, input: unknown): Promise<T> => {
    const answer = await dispatch(services.handlers, method, input)
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.value as T
  }
