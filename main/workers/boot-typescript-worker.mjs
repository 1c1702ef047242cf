// Runs a TypeScript worker when the app runs from its sources (web mode, tests): workers do not
// inherit tsx's loader, so it is registered here. The built app starts its bundled worker directly.
import { workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

await tsImport(workerData.entry, import.meta.url)
