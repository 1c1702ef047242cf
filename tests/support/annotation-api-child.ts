// The app's services in a process of their own, driven through the public API (the same dispatch
// as IPC and web mode) until the kill test kills it. Several workers create, edit and delete
// annotations at once; each owns its annotations, so that at most one change per annotation is in
// flight. Printed, one line each, the moment the API answers:
//   ready                 the services are up
//   c ID VERSION MS       a create acknowledged (the note is "vVERSION"), and how long it took
//   u ID VERSION MS       an edit acknowledged
//   x ID                  a delete about to be sent (it may land without being acknowledged)
//   d ID MS               a delete acknowledged
import { join, resolve } from 'node:path'
import { startServices } from '../../main/app/start-services'
import { dispatch } from '../../main/api/dispatch'
import type { AnnotationView } from '../../common/model/annotation-types'
import { mulberry32 } from '../bench/generate-corpus'

const [dataDir = '', seedArg = '1', workersArg = '4', rootArg] = process.argv.slice(2)
const random = mulberry32(Number(seedArg))
const root = rootArg ?? resolve(import.meta.dirname, '../..')
const services = await startServices({
  dataDir,
  bundledFolder: join(root, 'resources/articles'),
  watch: false,
  openExternal: async () => undefined,
  // Bundled beside this file by the kill test (it starts in a fraction of tsx's time); else from sources.
  searchWorkerEntry: new URL('./search-worker.mjs', import.meta.url),
  parseWorkerEntry: new URL('./parse-worker.mjs', import.meta.url)
})
await services.synced

async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await dispatch(services.handlers, method, input, () => undefined)
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`)
  return response.value as T
}

const articles = (await call<{ id: string }[]>('listArticles', {})).map((article) => article.id)
const workers = Number(workersArg)
const owned: Map<string, number>[] = Array.from({ length: workers }, () => new Map())
const ownerOf = (id: string) => parseInt(id.slice(-4), 16) % workers
for (const articleId of articles) {
  for (const annotation of await call<AnnotationView[]>('listAnnotations', { articleId })) {
    owned[ownerOf(annotation.id)]?.set(annotation.id, Number(annotation.note.slice(1)))
  }
}
const say = (line: string) => process.stdout.write(`${line}\n`) // synchronous on a pipe: printed before the next step
say('ready')

async function work(mine: Map<string, number>): Promise<void> {
  for (;;) {
    const ids = [...mine.keys()]
    const roll = random()
    const started = performance.now()
    const ms = () => (performance.now() - started).toFixed(2)
    if (ids.length < 6 || (roll < 0.35 && ids.length < 14)) {
      const articleId = articles[Math.floor(random() * articles.length)] ?? ''
      const start = Math.floor(random() * 150)
      const end = start + 5 + Math.floor(random() * 40)
      const input = { articleId, start, end, color: 'yellow', tags: [], newTags: [], note: 'v0' }
      const made = await call<AnnotationView>('createAnnotation', input)
      mine.set(made.id, 0)
      say(`c ${made.id} 0 ${ms()}`)
    } else if (roll < 0.8) {
      const id = ids[Math.floor(random() * ids.length)] ?? ''
      const version = (mine.get(id) ?? 0) + 1
      await call('updateAnnotation', { id, note: `v${version}` })
      mine.set(id, version)
      say(`u ${id} ${version} ${ms()}`)
    } else {
      const id = ids[Math.floor(random() * ids.length)] ?? ''
      say(`x ${id}`)
      await call('deleteAnnotation', { id })
      mine.delete(id)
      say(`d ${id} ${ms()}`)
    }
  }
}

await Promise.all(owned.map((mine) => work(mine)))
