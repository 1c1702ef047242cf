// `npm start`: the desktop app where Electron's binary is installed (fetching it on first start
// if npm skipped it), otherwise the same app in local web mode, in the default browser.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

function electronBinary() {
  try {
    return require('electron')
  } catch {
    return null
  }
}

let binary = electronBinary()
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && process.env.CI !== 'true') {
  console.log('Fetching Electron’s binary (first start only)…')
  const installer = join(dirname(require.resolve('electron')), 'install.js')
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 2 * 60_000 })
  binary = electronBinary()
}

const [command, args] = binary
  ? ['npx', ['electron-vite', 'preview', ...process.argv.slice(2)]]
  : ['npm', ['run', '-s', 'web', '--', ...process.argv.slice(2)]]
if (!binary) {
  console.log(
    'Electron’s binary is not installed on this machine, so Crossread starts in local web mode in your browser instead.'
  )
}
const child = spawn(command, args, { stdio: 'inherit' })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
