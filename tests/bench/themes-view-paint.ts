// The themes view where the user waits: in Debian's Chromium against a web host on the app's
// handlers, a click on the top bar's Themes button timed to the end of the frame that paints the
// matrix's first cells (the HTTP call, grouping 10,000 rows, the virtualised grid); then the
// choice of no groups, timed to the paint of 10,000 rows (the first screenful of them).
import { chromium, type Page } from '@playwright/test'
import { join, resolve } from 'node:path'
import config from '../../playwright.config'
import type { ApiHandlers } from '../../main/api/dispatch'
import { startWebHost } from '../../main/web/web-host'

const root = resolve(import.meta.dirname, '../..')

/** In the page: run `act`, then resolve with ms to the end of the first frame where `selector` shows. */
const actAndPaint = (act: string, selector: string) => `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const rendered = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  return await new Promise((resolve, reject) => requestAnimationFrame(async () => { try {
    const start = performance.now();
    ${act};
    for (;;) {
      await frame()
      if (document.querySelector(${JSON.stringify(selector)})) break
      // A view that never paints says why, rather than hang the run.
      if (performance.now() - start > 30000)
        throw new Error('not painted: ' + (document.querySelector('.themes-view')?.textContent ?? 'no themes view'))
    }
    resolve((await rendered()) - start)
  } catch (error) { reject(error) } }))
})()`

const CLICK_THEMES = `[...document.querySelectorAll('nav[aria-label=Views] button')].find((b) => b.textContent === 'Themes').click()`
const UNGROUP = `(() => {
  const select = [...document.querySelectorAll('.tm-toolbar label')].find((l) => l.textContent.startsWith('Group by')).querySelector('select')
  const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set
  set.call(select, 'none')
  select.dispatchEvent(new Event('change', { bubbles: true }))
})()`

async function closeView(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.getByRole('region', { name: 'Themes' }).waitFor({ state: 'detached' })
}

export interface ThemesPaint {
  coldMs: number
  warmMs: number[]
  ungroupedMs: number
  fetchMs: number
  httpMs: number
}

/** One whole-matrix request to the web host from Node, to the last byte: the server's share. */
async function httpTime(origin: string, token: string): Promise<number> {
  const started = performance.now()
  const response = await fetch(`${origin}/api/getThemeMatrix`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: origin },
    body: '{}'
  })
  await response.text()
  return response.ok ? performance.now() - started : -1
}

export async function themesPaint(handlers: ApiHandlers, screenshot: string): Promise<ThemesPaint> {
  const host = await startWebHost({ rendererDir: join(root, 'out/renderer'), handlers, log: () => undefined })
  const browser = await chromium.launch(config.use?.launchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    page.on('pageerror', (error) => console.error(`[page] ${error.message}`))
    await page.goto(host.url)
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 })
    const times: number[] = []
    for (let n = 0; n < 6; n++) {
      times.push((await page.evaluate(actAndPaint(CLICK_THEMES, '.tm-body .tm-cell'))) as number)
      await closeView(page)
    }
    // The first open's request, as the browser timed it (request sent to the last byte read).
    const fetchMs = (await page.evaluate(`(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/getThemeMatrix'))
      return entry ? entry.responseEnd - entry.requestStart : -1
    })()`)) as number
    await page.evaluate(actAndPaint(CLICK_THEMES, '.tm-body .tm-cell'))
    await page.screenshot({ path: screenshot })
    await page.screenshot({ path: '/tmp/themes-10k-grouped.png' })
    const ungroupedMs = (await page.evaluate(actAndPaint(UNGROUP, '.tm-body .tm-article .tm-cell'))) as number
    await page.screenshot({ path: '/tmp/themes-10k.png' })
    const [coldMs = 0, ...warmMs] = times
    return { coldMs, warmMs, ungroupedMs, fetchMs, httpMs: await httpTime(host.origin, host.token) }
  } finally {
    await browser.close()
    await host.close()
  }
}
