// The same reading path against the real desktop app, where Electron's binary is installed.
// On machines without it (this project's CI) the spec reports itself skipped with the reason.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { apiMethodNames } from '../../common/api/method-names'
import { openArticle } from '../support/open-article'
import { repoRoot } from '../support/test-host'

function electronBinary(): { path: string } | { missing: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' ? { path } : { missing: 'the electron package did not give a binary path' }
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) }
  }
}

const binary = electronBinary()

test('desktop app: opens the library and a Thai article in a locked-down window', async () => {
  const missing =
    'missing' in binary
      ? `Electron's binary is not installed here (${binary.missing}); web mode covers the same path.`
      : null
  test.skip(missing !== null, missing ?? '')
  if (!('path' in binary)) return
  const app = await electron.launch({
    executablePath: binary.path,
    args: [join(repoRoot, 'out/main/index.js')],
    cwd: repoRoot
  })
  try {
    const window = await app.firstWindow()
    // No Node in the page; the preload's bridge holds exactly the API table's methods.
    const page = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      api: Object.keys((globalThis as { crossread?: object }).crossread ?? {}).sort()
    }))
    expect(page).toEqual({ require: 'undefined', process: 'undefined', api: [...apiMethodNames].sort() })
    await expect(window.getByRole('option')).toHaveCount(5)
    await openArticle(window, 'พัฒนาและปรับปรุงงานให้คำปรึกษา')
    await expect(window.getByRole('document', { name: 'Article text' })).toContainText('มติหมายเลข 57-NQ/TW')
    await window.screenshot({ path: join(repoRoot, 'test-results/screenshots/electron-reader.png') })
  } finally {
    await app.close()
  }
})
