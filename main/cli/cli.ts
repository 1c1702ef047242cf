// Crossread's command line: `npm run -s cli -- parse FILE...`, `... search ... QUERY`,
// `... export ...` and `... import ... FILE`.
import { parseCommand } from './parse-command'
import { readSearchArgs, searchCommand, searchUsage } from './search-command'
import { exportCommand, exportUsage, readExportArgs } from './export-command'
import { importCommand, importUsage, readImportArgs } from './import-command'
import { StoreLockedError } from '../store/store-lock'

const [command, ...rest] = process.argv.slice(2)
const usage = ['Usage: npm run -s cli -- parse FILE...', searchUsage, exportUsage, importUsage]
  .map((line, i) => (i === 0 ? line : line.replace('Usage: ', '       ')))
  .join('\n')
const log = (line: string) => process.stderr.write(`${line}\n`)

/** A refusal (the app has this data folder open) or a failure, said in one sentence. */
function fail(what: string, err: unknown): void {
  const refused = err instanceof StoreLockedError
  const message = err instanceof Error ? err.message : String(err)
  console.error(`${what} ${refused ? 'refused, nothing was changed' : 'failed'}: ${message}`)
  process.exitCode = 1
}

if (command === 'parse') {
  if (rest.length === 0) {
    console.error(usage)
    process.exit(2)
  }
  const { output, readable } = await parseCommand(rest)
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
  process.exitCode = readable > 0 ? 0 : 1
} else if (command === 'search') {
  const options = readSearchArgs(rest)
  if (typeof options === 'string') {
    console.error(`${options}\n${searchUsage}`)
    process.exit(2)
  }
  try {
    const { results, stats } = await searchCommand(options)
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
    if (options.stats) process.stderr.write(`${JSON.stringify(stats)}\n`)
  } catch (err) {
    fail('Search', err)
  }
} else if (command === 'export') {
  const options = readExportArgs(rest)
  if (typeof options === 'string') {
    console.error(`${options}\n${exportUsage}`)
    process.exit(2)
  }
  await exportCommand(options, log).catch((err: unknown) => fail('Export', err))
} else if (command === 'import') {
  const options = readImportArgs(rest)
  if (typeof options === 'string') {
    console.error(`${options}\n${importUsage}`)
    process.exit(2)
  }
  try {
    const summary = await importCommand(options, log)
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
  } catch (err) {
    fail('Import', err)
  }
} else {
  console.error(command ? `Unknown command “${command}”.\n${usage}` : usage)
  process.exit(2)
}
