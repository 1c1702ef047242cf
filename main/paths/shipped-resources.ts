// The shipped `resources/` folder (word list, known documents, ontology) for the command line,
// which runs from the sources (main/cli) or from its bundle under node_modules/.cache.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export function shippedResources(from: string): string {
  for (let dir = resolve(from); ; dir = resolve(dir, '..')) {
    const candidate = resolve(dir, 'resources')
    if (existsSync(resolve(candidate, 'known-documents.json'))) return candidate
    if (resolve(dir, '..') === dir) throw new Error(`The shipped resources folder was not found above ${from}.`)
  }
}
