// `npm start`: the desktop app where Electron's binary is installed (fetching it on first start
// if npm skipped it), otherwise the same app in local web mode, in the default browser.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

function electronBinary() {
  try {
    return require('electron')
  } catch {
    return null
  }
}

// The fetch is tried once: a machine that cannot reach Electron's downloads would otherwise wait
// for it, and say "first start only", on every start. Deleting the marker tries again.
const marker = join(dirname(require.resolve('electron')), '..', '.cache', 'crossread-electron-fetch-tried')
let binary = electronBinary()
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && process.env.CI !== 'true') {
  if (existsSync(marker)) {
    console.log(`Electron’s binary could not be fetched on an earlier start (delete ${marker} to try again).`)
  } else {
    console.log('Fetching Electron’s binary (first start only)…')
    const installer = join(dirname(require.resolve('electron')), 'install.js')
    spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 2 * 60_000 })
    binary = electronBinary()
    if (!binary) {
      mkdirSync(dirname(marker), { recursive: true })
      writeFileSync(marker, `${new Date().toISOString()}\n`)
    }
  }
}

const [command, args] = binary
  ? ['npx', ['electron-vite', 'preview', ...process.argv.slice(2)]]
  : ['npm', ['run', '-s', 'web', '--', ...process.argv.slice(2)]]
if (!binary) {
  console.log(
    'Electron’s binary is not installed on this machine, so Crossread starts in local web mode in your browser instead.'
  )
}
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, CROSSREAD_LAUNCH_COMMAND: 'npm start' } })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
