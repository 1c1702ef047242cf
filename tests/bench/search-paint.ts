// Search where the user looks: in Debian's Chromium against the web host, a query put in the
// search box (one input event, as a paste or the last key of a word) timed to the end of the frame
// that shows its results. It includes the box's 120 ms debounce, the HTTP call (snippets for the 50
// rows the renderer asks for) and the library list's render. Used by search-http-child.ts.
import { chromium } from '@playwright/test'
import config from '../../playwright.config'

/** In the page: clear the box, wait for the full list, then put `query` in and time the painted answer. */
const typeAndPaint = (query: string) => `(async () => {
  const box = document.querySelector('input[aria-label="Search the library"]')
  const status = () => document.querySelector('.search-summary .result-count')?.textContent ?? ''
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const rendered = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  })
  const setValue = (value) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, value)
    box.dispatchEvent(new Event('input', { bubbles: true }))
  }
  setValue('')
  while (document.querySelector('.search-summary')) await frame()
  await new Promise((resolve) => setTimeout(resolve, 50))
  return await new Promise((resolve) => requestAnimationFrame(async () => {
    const start = performance.now()
    setValue(${JSON.stringify(query)})
    for (;;) {
      await frame()
      const text = status()
      if (text && text !== 'Searching…') break
    }
    resolve([(await rendered()) - start, status()])
  }))
})()`

export interface SearchPaint {
  /** Key press to the frame showing the results, per query, in ms. */
  paintMs: number[]
  /** What the summary said for each, e.g. "4,668 articles · 20 notes". */
  summaries: string[]
}

export async function searchPaint(url: string, queries: readonly string[], articles: number): Promise<SearchPaint> {
  const browser = await chromium.launch(config.use?.launchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(url)
    // The library has loaded when its count says so (the list itself is virtualised).
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().waitFor({ timeout: 120_000 })
    await page.waitForFunction(
      (count) => document.body.textContent?.includes(count.toLocaleString('en')) ?? false,
      articles,
      { timeout: 120_000 }
    )
    const paintMs: number[] = []
    const summaries: string[] = []
    for (const query of queries) {
      const [ms, summary] = (await page.evaluate(typeAndPaint(query))) as [number, string]
      paintMs.push(ms)
      summaries.push(summary)
    }
    return { paintMs, summaries }
  } finally {
    await browser.close()
  }
}
