// The parse worker's entry (built as out/main/parse-worker.js): parsing runs here, never on the
// thread that answers the app, so a slow or crashing file cannot freeze it.
import { serveRequests } from '../workers/worker-rpc'
import { parseHandlers } from './parse-handlers'

serveRequests(parseHandlers)
