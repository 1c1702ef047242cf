// Crossread's command line: `npm run -s cli -- parse FILE...`.
import { parseCommand } from './parse-command'

const [command, ...rest] = process.argv.slice(2)
const usage = 'Usage: npm run -s cli -- parse FILE...'

if (command === 'parse') {
  if (rest.length === 0) {
    console.error(usage)
    process.exit(2)
  }
  const { output, readable } = await parseCommand(rest)
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
  process.exitCode = readable > 0 ? 0 : 1
} else {
  console.error(command ? `Unknown command “${command}”.\n${usage}` : usage)
  process.exit(2)
}
