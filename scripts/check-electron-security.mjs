// Electronegativity, the static Electron security checker, over the sources and the built out/
// in one scan (its global checks, such as "navigation is limited somewhere", need to see the
// whole app). Fails on any finding not listed with its reason in
// electron-security-allowlist.json, on a listed one that no longer occurs, and on a file it
// could not parse. It runs offline: the checker's CLI fetches translations and release data from
// the network, so its runner is called directly with its bundled English text, and its HTTP
// client is replaced by one that refuses.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const allowlist = JSON.parse(readFileSync(join(import.meta.dirname, 'electron-security-allowlist.json'), 'utf8'))
for (const built of ['out/main/index.js', 'out/renderer/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: build first (npx electron-vite build); the checker reads the built app too.`)
    process.exit(1)
  }
}

const checker = createRequire(join(root, 'package.json')).resolve('@doyensec/electronegativity')
const require = createRequire(checker)
const stub = (path, exports) => (require.cache[path] = { id: path, filename: path, loaded: true, exports })
const offline = () => Promise.reject(new Error('The Electron security check runs offline.'))
stub(require.resolve('got'), Object.assign(offline, { head: offline, default: offline }))
const i18n = require('i18n')
stub(require.resolve('./locales/i18n.js'), async () => {
  const directory = join(dirname(checker), 'locales')
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory,
    objectNotation: true,
    updateFiles: false,
    register: globalThis
  })
  i18n.setLocale('en-US')
})
const run = require('./runner.js')

const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron
const result = await run({
  input: root, // node_modules is skipped by the checker itself
  customScan: [],
  excludeFromScan: allowlist.excludedChecks.map((check) => check.id),
  isRelative: true,
  electronVersionOverride: electronVersion,
  parserPlugins: []
})

const findings = result.issues.map((issue) => ({ id: issue.id, file: issue.file, line: issue.location.line, issue }))
const isListed = (finding) =>
  allowlist.allowed.some((entry) => entry.id === finding.id && entry.files.includes(finding.file))
const unlisted = findings.filter((finding) => !isListed(finding))
const stale = allowlist.allowed.flatMap((entry) =>
  entry.files
    .filter((file) => !findings.some((finding) => finding.id === entry.id && finding.file === file))
    .map((file) => `${entry.id} in ${file}`)
)
const unparsed = result.errors.filter((error) => !error.tolerable)

const checks = result.globalChecks + result.atomicChecks
const listed = findings.length - unlisted.length
console.log(
  `electronegativity (Electron ${electronVersion}): ${checks} checks, ${findings.length} findings, ${listed} listed`
)
for (const { id, file, line, issue } of unlisted) {
  console.log(`✗ ${id} ${file}:${line} (${issue.severity.name}, ${issue.confidence.name}): ${issue.description}`)
  console.log(`    ${String(issue.sample ?? '').trim()}`)
}
for (const entry of stale)
  console.log(`✗ listed in electron-security-allowlist.json but no longer found (remove it): ${entry}`)
for (const error of unparsed) console.log(`✗ could not parse ${error.file}: ${error.message}`)
const failed = unlisted.length + stale.length + unparsed.length
const advice = 'fix each, or list it with its reason in scripts/electron-security-allowlist.json'
console.log(failed === 0 ? 'No unlisted findings.' : `${failed} problem(s): ${advice}.`)
process.exit(failed === 0 ? 0 : 1)
