// Crossread's command line: `npm run -s cli -- parse FILE...` and `... search ... QUERY`.
import { parseCommand } from './parse-command'
import { readSearchArgs, searchCommand, searchUsage } from './search-command'
import { StoreLockedError } from '../store/store-lock'

const [command, ...rest] = process.argv.slice(2)
const usage = `Usage: npm run -s cli -- parse FILE...\n       ${searchUsage.replace('Usage: ', '')}`

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
    const refused = err instanceof StoreLockedError // the app has this data folder open
    const message = err instanceof Error ? err.message : String(err)
    console.error(`${refused ? 'Search refused, nothing was changed' : 'Search failed'}: ${message}`)
    process.exitCode = 1
  }
} else {
  console.error(command ? `Unknown command “${command}”.\n${usage}` : usage)
  process.exit(2)
}
