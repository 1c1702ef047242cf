// The app's services over a folder of one Thai article, as web mode starts them: for tests that
// drive the whole app through its handlers. `close` stops the services and removes the folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServices, type Services } from '../../main/app/start-services'

export interface OneArticleApp {
  /** The temporary folder: articles/ (watched, holds one.txt) and data/. */
  dir: string
  services: Services
  close(): Promise<void>
}

export async function startOneArticleApp(name: string): Promise<OneArticleApp> {
  const dir = await mkdtemp(join(tmpdir(), `crossread-${name}-`))
  await mkdir(join(dir, 'articles'))
  await writeFile(
    join(dir, 'articles', 'one.txt'),
    'Kinhtedothi - 2024 - การปฏิรูปกลไก\nคณะกรรมการพรรคได้ประชุมเรื่องการปฏิรูป\n'
  )
  const services = await startServices({
    dataDir: join(dir, 'data'),
    bundledFolder: join(dir, 'articles'),
    openExternal: async () => undefined
  })
  await services.synced
  return {
    dir,
    services,
    close: async () => {
      await services.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
