// The documents view where the user waits: in Debian's Chromium against a web host on the app's
// handlers, the top bar's "Documents" timed to the frame that paints the first documents, then a
// click on the most cited one timed to the frame that paints its first citing sentences.
import { chromium } from '@playwright/test'
import { join, resolve } from 'node:path'
import config from '../../playwright.config'
import type { ApiHandlers } from '../../main/api/dispatch'
import { startWebHost } from '../../main/web/web-host'
import { actAndPaint, clickOn } from './act-and-paint'

const root = resolve(import.meta.dirname, '../..')

export interface DocumentsPaint {
  listMs: number
  citationsMs: number
}

export async function documentsPaint(handlers: ApiHandlers, screenshot: string): Promise<DocumentsPaint> {
  const host = await startWebHost({ rendererDir: join(root, 'out/renderer'), handlers, log: () => undefined })
  const browser = await chromium.launch(config.use?.launchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(host.url)
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 })
    const listMs = (await page.evaluate(
      actAndPaint(clickOn('.overview-switch button:first-child'), '.document-row .doc-code')
    )) as number
    const citationsMs = (await page.evaluate(
      actAndPaint(clickOn('.document-row[data-index="0"]'), '.citing-row .sentence-open')
    )) as number
    await page.locator('.citing-list').evaluate((list) => list.scrollBy(0, 4000))
    await page.waitForTimeout(300)
    await page.screenshot({ path: screenshot })
    return { listMs, citationsMs }
  } finally {
    await browser.close()
    await host.close()
  }
}
