// The documents view where the user waits: in Debian's Chromium against a web host on the app's
// handlers, the top bar's "Documents" timed to the frame that paints the first documents, then a
// click on the most cited one timed to the frame that paints its first citing sentences.
import { chromium } from '@playwright/test'
import { join, resolve } from 'node:path'
import config from '../../playwright.config'
import type { ApiHandlers } from '../../main/api/dispatch'
import { startWebHost } from '../../main/web/web-host'

const root = resolve(import.meta.dirname, '../..')

/** In the page: click what `target` finds, resolve with ms to the frame after `painted` appears. */
const clickAndPaint = (target: string, painted: string) => `(async () => {
  const button = document.querySelector(${JSON.stringify(target)})
  if (!button) throw new Error('nothing to click: ' + ${JSON.stringify(target)})
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const rendered = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  return await new Promise((resolve) => requestAnimationFrame(async () => {
    const start = performance.now()
    button.click()
    for (;;) {
      await frame()
      if (document.querySelector(${JSON.stringify(painted)})) break
    }
    resolve((await rendered()) - start)
  }))
})()`

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
      clickAndPaint('.overview-switch button:first-child', '.document-row .doc-code')
    )) as number
    const citationsMs = (await page.evaluate(
      clickAndPaint('.document-row[data-index="0"]', '.citing-row .sentence-open')
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
