// The passages view where the user waits: in Debian's Chromium against a web host on the app's
// handlers, a click on a tag's count in the codebook timed to the end of the frame that paints the
// view's first passages (the HTTP call for the first page, grouping, the virtualised list). The
// first tag is cold when the services are fresh: its request builds the passage index.
import { chromium, type Page } from '@playwright/test'
import { join, resolve } from 'node:path'
import config from '../../playwright.config'
import type { ApiHandlers } from '../../main/api/dispatch'
import { startWebHost } from '../../main/web/web-host'
import { actAndPaint } from './act-and-paint'

const root = resolve(import.meta.dirname, '../..')

/** Page code that clicks the count of the tag named `name` in the codebook. */
const clickTagCount = (name: string) => `(() => {
  const group = [...document.querySelectorAll('.tag-line[role=group]')].find((g) => g.getAttribute('aria-label') === ${JSON.stringify(name)})
  const button = group?.querySelector('.codebook-count-link')
  if (!button) throw new Error('no count to click for ' + ${JSON.stringify(name)})
  button.click()
})()`
const clickAndPaint = (name: string) => actAndPaint(clickTagCount(name), '.passage-row .passage-quote')

async function closeView(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Passages' }).press('Escape')
  await page.getByRole('region', { name: 'Passages' }).waitFor({ state: 'detached' })
}

export interface PassagesPaint {
  coldMs: number
  warmMs: number[]
}

/** Times the first of `tags` (cold) and the others (warm); leaves a screenshot of the first, scrolled. */
export async function passagesPaint(
  handlers: ApiHandlers,
  tags: readonly string[],
  screenshot: string
): Promise<PassagesPaint> {
  const host = await startWebHost({ rendererDir: join(root, 'out/renderer'), handlers, log: () => undefined })
  const browser = await chromium.launch(config.use?.launchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(host.url)
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 })
    await page
      .getByRole('complementary', { name: 'Annotations' })
      .getByRole('tab', { name: /Codebook/ })
      .click()
    await page.locator('.codebook-count-link').first().waitFor({ timeout: 60_000 })
    const times: number[] = []
    for (const tag of tags) {
      times.push((await page.evaluate(clickAndPaint(tag))) as number)
      await closeView(page)
    }
    // The first tag's passages again, scrolled into the list: the group's header pinned above.
    await page.evaluate(clickAndPaint(tags[0] ?? ''))
    await page.locator('.passage-list').evaluate((list) => list.scrollBy(0, 1500))
    await page.waitForTimeout(300)
    await page.screenshot({ path: screenshot })
    const [coldMs = 0, ...warmMs] = times
    return { coldMs, warmMs }
  } finally {
    await browser.close()
    await host.close()
  }
}
