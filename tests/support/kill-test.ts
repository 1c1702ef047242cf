// The kill test: the app's services run in a child driven through the public API
// (annotation-api-child.ts) and are killed with SIGKILL at random moments, over and over, on one
// data folder; after each kill the store is opened (as the next launch would) and every change
// the API had acknowledged is looked for. Some kills land during launch, while the journal left by
// the previous kill is being replayed.
import { spawn } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { openAnnotationStore } from '../../main/store/open-store'
import { mulberry32 } from '../bench/generate-corpus'
import { KillLedger } from './kill-ledger'

const root = resolve(import.meta.dirname, '../..')

export interface KillTestResult {
  kills: number
  killedDuringLaunch: number
  acknowledged: number
  byKind: { creates: number; edits: number; deletes: number }
  lost: string[]
  /** Anything the store told the user when opened after a kill (a recovery, a damaged record). */
  notices: string[]
  answerMs: { median: number; p95: number; max: number }
}

/** The child is bundled once: tsx would spend most of each round compiling it again. */
async function bundleChild(): Promise<string> {
  const outdir = join(root, 'node_modules/.cache/crossread-kill-test')
  await build({
    entryPoints: {
      child: join(root, 'tests/support/annotation-api-child.ts'),
      'search-worker': join(root, 'main/search/shard-worker.ts'),
      'parse-worker': join(root, 'main/parsing/parse-worker.ts')
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error'
  })
  return join(outdir, 'child.mjs')
}

interface Round {
  seed: number
  /** Killed `afterMs` after the start (during launch), else after the services said they were ready. */
  duringLaunch: boolean
  afterMs: number
}

function runAndKill(
  child: string,
  dataDir: string,
  { seed, duringLaunch, afterMs }: Round,
  ledger: KillLedger
): Promise<void> {
  return new Promise((done, fail) => {
    const api = spawn(process.execPath, [child, dataDir, String(seed), '4', root], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const kill = () => setTimeout(() => api.kill('SIGKILL'), afterMs)
    if (duringLaunch) kill()
    let buffered = ''
    let errors = ''
    api.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready' && !duringLaunch) kill()
        else ledger.read(line)
      }
    })
    api.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    api.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') done()
      else fail(new Error(`the services stopped by themselves: ${errors.slice(0, 2000)}`))
    })
  })
}

/** Opens a copy of the data folder, as the next launch would (the original keeps its journal for the next child). */
async function readAfterKill(dataDir: string, copy: string) {
  await rm(copy, { recursive: true, force: true })
  await cp(dataDir, copy, { recursive: true, filter: (source) => !source.includes('search-index') })
  const { store, notices, lock } = await openAnnotationStore(copy)
  const told: string[] = []
  store.onNotice = (notice) => told.push(notice)
  const annotations = await store.all()
  await store.shutDown()
  await lock?.release()
  return { annotations, notices: [...notices, ...told] }
}

export async function runKillTest(options: {
  kills: number
  seed: number
  log?: (line: string) => void
}): Promise<KillTestResult> {
  const child = await bundleChild()
  const work = await mkdtemp(join(tmpdir(), 'crossread-kill-'))
  const random = mulberry32(options.seed)
  const ledger = new KillLedger()
  const answerMs = { median: 0, p95: 0, max: 0 }
  const { byKind } = ledger
  const result: KillTestResult = {
    kills: 0,
    killedDuringLaunch: 0,
    acknowledged: 0,
    byKind,
    lost: [],
    notices: [],
    answerMs
  }
  try {
    for (let round = 0; round < options.kills; round++) {
      const duringLaunch = random() < 0.2
      const afterMs = duringLaunch ? random() * 1500 : random() * 700
      await runAndKill(child, join(work, 'data'), { seed: options.seed * 1000 + round, duringLaunch, afterMs }, ledger)
      result.kills += 1
      if (duringLaunch) result.killedDuringLaunch += 1
      const after = await readAfterKill(join(work, 'data'), join(work, 'copy'))
      const lost = ledger.check(after.annotations)
      result.lost.push(...lost)
      // KILL_TEST_KEEP=FOLDER keeps the data folder of a round that lost something, for a post-mortem.
      const keep = process.env.KILL_TEST_KEEP
      if (lost.length > 0 && keep) await cp(join(work, 'data'), join(keep, `round-${round + 1}`), { recursive: true })
      result.notices.push(...after.notices)
      const which = `kill ${round + 1}${duringLaunch ? ' (during launch)' : ''}`
      const what = lost.length > 0 ? `: ${lost.slice(0, 5).join('; ')}` : ''
      options.log?.(
        `${which}: ${ledger.acknowledged} acknowledged so far, ${after.annotations.length} on disk, ${lost.length} lost${what}`
      )
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
  const sorted = [...ledger.latenciesMs].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  return {
    ...result,
    acknowledged: ledger.acknowledged,
    answerMs: { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 }
  }
}
