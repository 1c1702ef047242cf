// The themes view where the user waits: in Debian's Chromium against a web host on the app's
// handlers, a click on the top bar's Themes button timed to the end of the frame that paints the
// matrix's first cells (the HTTP call, grouping 10,000 rows, the virtualised grid); then the
// choice of no groups, timed to the paint of 10,000 rows (the first screenful of them).
import { chromium, type Page } from '@playwright/test'
import { join, resolve } from 'node:path'
import config from '../../playwright.config'
import type { ApiHandlers } from '../../main/api/dispatch'
import { startWebHost } from '../../main/web/web-host'
import { actAndPaint } from './act-and-paint'

const root = resolve(import.meta.dirname, '../..')

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
  /** First open in a fresh page as a mouse user makes it: the pointer rests on the button 150 ms
   * (the top bar asks for the matrix then) before the click. */
  hoveredMs: number
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
    await page.waitForTimeout(Number(process.env.BENCH_SETTLE_MS ?? 0))
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
    const fresh = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await fresh.goto(host.url)
    await fresh.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 })
    await fresh.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Themes' }).hover()
    await fresh.waitForTimeout(150)
    const hoveredMs = (await fresh.evaluate(actAndPaint(CLICK_THEMES, '.tm-body .tm-cell'))) as number
    return { coldMs, warmMs, ungroupedMs, fetchMs, httpMs: await httpTime(host.origin, host.token), hoveredMs }
  } finally {
    await browser.close()
    await host.close()
  }
}
