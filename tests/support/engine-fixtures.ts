// The set-up of the search engine tests that index a handful of fixture files: the files of a
// folder as the engine syncs them (an id from the file name, the content hash), and the engines a
// test opens, closed together after it.
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SearchableArticle } from '../../main/search/plan-sync'
import { SearchEngine, type SearchEngineOptions } from '../../main/search/search-engine'

export async function searchableArticlesIn(folder: string): Promise<SearchableArticle[]> {
  return Promise.all(
    (await readdir(folder)).sort().map(async (name) => ({
      id: name.replace(/\W/g, '-'),
      hash: createHash('sha256')
        .update(await readFile(join(folder, name)))
        .digest('hex'),
      file: join(folder, name),
      folder
    }))
  )
}

export class OpenEngines {
  private readonly engines: SearchEngine[] = []

  async open(options: SearchEngineOptions): Promise<SearchEngine> {
    const { engine } = await SearchEngine.open(options)
    this.engines.push(engine)
    return engine
  }

  /** Closes every engine opened so far (a relaunch in a test closes the first before the second). */
  async closeAll(): Promise<void> {
    await Promise.all(this.engines.splice(0).map((engine) => engine.close()))
  }
}
