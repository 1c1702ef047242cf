// Web mode after a restart: `npm run web` stopped and started again on the same data folder answers
// at the same address with the same token (kept in the data folder), so a tab left open says the
// server is gone while it is, then reconnects by itself and its calls succeed again.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { startServices } from '../../main/app/start-services'
import { startLastingWebHost, type LastingWebHost } from '../../main/web/lasting-web-host'
import { openArticle } from '../support/open-article'
import { screenshots } from '../support/spec-host'
import { repoRoot } from '../support/test-host'

const articles = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
const library = (page: Page) => page.getByRole('navigation', { name: 'Library' })

/** What `npm run web` starts (services, then the host with the data folder's token and port). */
async function startWebMode(dataDir: string): Promise<LastingWebHost & { stop(): Promise<void> }> {
  const services = await startServices({
    dataDir,
    bundledFolder: join(repoRoot, 'resources/articles'),
    searchWorkerEntry: pathToFileURL(join(repoRoot, 'out/main/search-worker.js')),
    openExternal: async () => undefined
  })
  await services.synced
  const started = await startLastingWebHost({
    dataDir,
    rendererDir: join(repoRoot, 'out/renderer'),
    handlers: services.handlers,
    launchCommand: 'npm run web'
  })
  return {
    ...started,
    stop: async () => {
      await started.host.close()
      await services.close()
    }
  }
}

let dataDir: string
test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crossread-restart-'))
  await mkdir(screenshots, { recursive: true })
})
test.afterAll(async () => rm(dataDir, { recursive: true, force: true }))

test('a tab left open reconnects by itself after a restart, and its calls succeed again', async ({ page }) => {
  test.setTimeout(60_000)
  const first = await startWebMode(dataDir)
  let running: { stop(): Promise<void> } | null = first
  try {
    await page.goto(first.host.url)
    await expect(articles(page)).toHaveCount(5)
    await openArticle(page, 'พัฒนาและปรับปรุงงานให้คำปรึกษา')

    await first.stop()
    running = null
    // While it is down, the tab says so and names the command to run again.
    const alert = library(page).getByRole('alert')
    await expect(alert).toContainText('not answering', { timeout: 10_000 })
    await expect(alert).toContainText('npm run web')
    await page.screenshot({ path: join(screenshots, 'web-restart-down.png') })

    const second = await startWebMode(dataDir)
    running = second
    expect(second.host.url).toBe(first.host.url) // the same address, token and all
    expect(second.notes).toEqual([])

    // The change feed asks again every 2 s: the banner clears without a reload.
    await expect(alert).toHaveCount(0, { timeout: 10_000 })
    await expect(page).toHaveURL(`${first.host.origin}/`)
    await expect(articles(page)).toHaveCount(5)
    // Another article opens: the page's calls carry the old token, and the new host accepts it.
    await openArticle(page, 'การดำเนินการปรับปรุงเครื่องมือ')
    await page.screenshot({ path: join(screenshots, 'web-restart-back.png') })
  } finally {
    await running?.stop()
  }
})
