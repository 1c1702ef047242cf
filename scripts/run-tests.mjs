// `npm test`: every check, in the order that fails fastest, then one closing line
// `N passed, N failed` over unit and end-to-end tests together. A failed lint, typecheck or build
// counts as a failure too, so the line can never read green while something is red.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const results = 'test-results'
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

const run = (title, command, args, env = {}) => {
  console.log(`\n── ${title}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return status === 0
}

const tally = { passed: 0, failed: 0, skipped: [] }
const step = (title, command, args) => {
  if (!run(title, command, args)) {
    tally.failed += 1
    console.log(`✗ ${title} failed`)
  }
}

step('System packages for the browser tests', 'bash', ['scripts/ensure-system-deps.sh'])
step('Lint and format check', 'npm', ['run', '-s', 'lint'])
step('Typecheck', 'npm', ['run', '-s', 'typecheck'])
step('Build', 'npx', ['electron-vite', 'build'])
// Reads the sources and the build just made, offline; only findings listed with a reason pass.
step('Electron security check (electronegativity)', 'node', ['scripts/check-electron-security.mjs'])

run('Unit and integration tests (Vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${results}/unit.json`
])
if (existsSync(`${results}/unit.json`)) {
  const unit = JSON.parse(readFileSync(`${results}/unit.json`, 'utf8'))
  tally.passed += unit.numPassedTests
  tally.failed += unit.numFailedTests + (unit.numFailedTestSuites > 0 && unit.numFailedTests === 0 ? 1 : 0)
  for (const file of unit.testResults)
    for (const test of file.assertionResults)
      if (test.status === 'pending' || test.status === 'skipped') tally.skipped.push(test.fullName)
} else tally.failed += 1

run('End-to-end tests (Playwright, Debian Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json`
})
if (existsSync(`${results}/e2e.json`)) {
  const e2e = JSON.parse(readFileSync(`${results}/e2e.json`, 'utf8'))
  tally.passed += e2e.stats.expected + e2e.stats.flaky
  tally.failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0)
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === 'skipped') {
          const why = test.annotations.find((note) => note.type === 'skip')?.description ?? 'no reason given'
          tally.skipped.push(`${spec.title}: ${why}`)
        }
    for (const child of suite.suites ?? []) walk(child)
  }
  for (const suite of e2e.suites) walk(suite)
} else tally.failed += 1

console.log('')
for (const skipped of tally.skipped) console.log(`skipped: ${skipped}`)
const line = `${tally.passed} passed, ${tally.failed} failed`
writeFileSync(`${results}/summary.json`, JSON.stringify({ ...tally, line }, null, 2))
console.log(line)
process.exit(tally.failed === 0 && tally.passed > 0 ? 0 : 1)
