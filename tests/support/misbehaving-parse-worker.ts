// A parse worker for tests: the real parser, except for files whose name asks it to misbehave as a
// hostile file could: `hang-*` never answers (as catastrophic backtracking would; it blocks without
// spinning, so the suite's other tests keep their cores), `crash-*` stops the worker (as running out
// of memory does), `throw-*` fails outside the parser's own guard.
import { basename } from 'node:path'
import { parseHandlers, type ParseHandlers } from '../../main/parsing/parse-handlers'
import { serveRequests } from '../../main/workers/worker-rpc'

function misbehave(file: string): void {
  const name = basename(file)
  if (name.startsWith('hang')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
  if (name.startsWith('crash')) process.exit(3)
  if (name.startsWith('throw')) throw new RangeError('Maximum call stack size exceeded')
}

const handlers: ParseHandlers = {
  summarize: async (input) => (misbehave(input.path), parseHandlers.summarize(input)),
  parse: async (input) => (misbehave(input.path), parseHandlers.parse(input))
}

serveRequests(handlers)
