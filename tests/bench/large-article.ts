// A 5 MB article must never freeze the app (issue 15). Times, for a 5 MB file of one line and a 5 MB
// file of ordinary paragraphs: the parse (in this process), getArticle over HTTP as the renderer
// calls it, and in Debian's Chromium the click-to-first-paragraph time and the longest stall of a
// requestAnimationFrame heartbeat while the rest of the article arrives. Run by `npm run bench`
// after the build, or alone: `npx electron-vite build && npx tsx tests/bench/large-article.ts`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { parseArticle } from '../../main/articles/parse-article'
import config from '../../playwright.config'
import { startTestHost } from '../support/test-host'
import { samplePool } from './generate-corpus'
import { webApi } from './web-api'

const TARGET_BYTES = 5 * 1024 * 1024
const root = join(import.meta.dirname, '../..')
const progress = (message: string) => console.error(`[large article bench] ${message}`)

/** The bundled articles' paragraphs repeated to 5 MB: as one line (header included), or one per line. */
function largeArticles(): Record<'one-line' | 'paragraphs', { title: string; text: string }> {
  const { paragraphs } = samplePool(join(root, 'resources/articles'))
  const body: string[] = []
  for (let bytes = 0, i = 0; bytes < TARGET_BYTES; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? ''
    body.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 1
  }
  const header = (title: string) => `Báo Nhân dân - 2025 - ${title}`
  return {
    'one-line': { title: 'บทความบรรทัดเดียวขนาดใหญ่', text: `${header('บทความบรรทัดเดียวขนาดใหญ่')} ${body.join(' ')}` },
    paragraphs: { title: 'บทความหลายย่อหน้าขนาดใหญ่', text: `${header('บทความหลายย่อหน้าขนาดใหญ่')}\n${body.join('\n')}\n` }
  }
}

/** Page code: click the row marked `data-bench`, then time the first painted paragraph and the stalls. */
const openAndWatch = (watchMs: number) => `(async () => {
  const beats = []
  let watching = true
  const beat = (now) => { beats.push(now); if (watching) requestAnimationFrame(beat) }
  const longTasks = []
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longTasks.push(entry.duration) })
  observer.observe({ type: 'longtask', buffered: false })
  await new Promise((resolve) => requestAnimationFrame(resolve))
  const start = performance.now()
  requestAnimationFrame(beat)
  document.querySelector('[data-bench="large"]').click()
  let firstPaintMs = null
  for (;;) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    const first = document.querySelector('.article-text p')
    if (first && first.textContent.length > 0) break
    if (performance.now() - start > 120000) throw new Error('no paragraph painted in 120 s')
  }
  // The message posted in this frame is handled once the frame (with the paragraph) is painted.
  await new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = resolve
    channel.port2.postMessage(null)
  })
  firstPaintMs = performance.now() - start
  await new Promise((resolve) => setTimeout(resolve, ${watchMs}))
  watching = false
  observer.disconnect()
  let longestStallMs = 0
  for (let i = 1; i < beats.length; i++) longestStallMs = Math.max(longestStallMs, beats[i] - beats[i - 1])
  const calls = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/') && entry.startTime >= start)
  return {
    calls: calls.map((entry) => entry.name.split('/api/')[1] + ' ' + Math.round(entry.startTime - start) + '-' + Math.round(entry.responseEnd - start)).join(', '),
    firstPaintMs,
    longestStallMs: Math.max(longestStallMs, beats.length ? 0 : performance.now() - start),
    longTaskMs: longTasks.reduce((sum, ms) => sum + ms, 0),
    longestTaskMs: Math.max(0, ...longTasks),
    paragraphs: document.querySelectorAll('.article-text > *').length
  }
})()`

/** Page code: a requestAnimationFrame heartbeat; `longestBeat()` answers its longest gap so far. */
const HEARTBEAT = `(() => {
  let last = performance.now()
  let longest = 0
  const tick = (now) => { longest = Math.max(longest, now - last); last = now; requestAnimationFrame(tick) }
  requestAnimationFrame(tick)
  window.longestBeat = () => longest
})()`

interface Figures {
  file: string
  parseMs: number
  blocks: number
  longestBlock: number
  warnings: string[]
  getArticleMs: number
  payloadMb: number
  firstPaintMs: number
  longestStallMs: number
  longestTaskMs: number
  longTaskMs: number
  paragraphsShown: number
  findMs: number
  findStallMs: number
}

const host = await startTestHost()
const corpus = await mkdtemp(join(tmpdir(), 'crossread-large-'))
const browser = await chromium.launch(config.use?.launchOptions)
const figures: Figures[] = []
try {
  const articles = largeArticles()
  for (const [name, { text }] of Object.entries(articles)) await writeFile(join(corpus, `${name}.txt`), text)
  const call = webApi(host)
  await call('importFolder', { path: corpus })
  const listed = await call<{ id: string; title: string }[]>('listArticles', {})
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(host.url)
  for (const [name, { title, text }] of Object.entries(articles)) {
    const bytes = Buffer.from(text)
    const parseStart = performance.now()
    const parsed = parseArticle(bytes, `${name}.txt`)
    const parseMs = performance.now() - parseStart
    if (!parsed.ok) throw new Error(parsed.error)
    const id = listed.find((article) => article.title.includes(title))?.id ?? listed.at(-1)?.id ?? ''
    const fetchStart = performance.now()
    const response = await fetch(`${host.origin}/api/getArticle`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ id })
    })
    const payload = await response.text()
    JSON.parse(payload)
    const getArticleMs = performance.now() - fetchStart
    progress(`${name}: parsed in ${parseMs.toFixed(0)} ms, getArticle ${getArticleMs.toFixed(0)} ms`)

    const option = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title })
    await option.waitFor({ timeout: 60_000 })
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click()
    await option.evaluate((element) => element.setAttribute('data-bench', 'large'))
    const seen = (await page.evaluate(openAndWatch(8000))) as Omit<Figures, 'file' | 'parseMs'> & {
      paragraphs: number
    }
    // Find in the whole article: the bar segments every block when it opens, then matches per key.
    await page.evaluate(HEARTBEAT)
    const findStart = performance.now()
    await page.locator('.article-text').click()
    await page.keyboard.press('Control+f')
    await page.keyboard.type('ปฏิรูป')
    await page
      .getByRole('search', { name: 'Find in article' })
      .getByRole('status')
      .filter({ hasText: / of / })
      .waitFor()
    const findMs = performance.now() - findStart
    const findStallMs = (await page.evaluate('window.longestBeat()')) as number
    await page.keyboard.press('Escape')
    await page.screenshot({ path: join(root, `test-results/bench-large-${name}.png`) })
    progress(`${name}: ${JSON.stringify(seen)}`)
    figures.push({
      file: `${name}.txt (${(bytes.length / 1e6).toFixed(1)} MB)`,
      parseMs,
      blocks: parsed.article.blocks.length,
      longestBlock: Math.max(...parsed.article.blocks.map((block) => block.text.length)),
      warnings: parsed.article.warnings,
      getArticleMs,
      payloadMb: payload.length / 1e6,
      firstPaintMs: seen.firstPaintMs,
      longestStallMs: seen.longestStallMs,
      longestTaskMs: seen.longestTaskMs,
      longTaskMs: seen.longTaskMs,
      paragraphsShown: seen.paragraphs,
      findMs,
      findStallMs
    })
  }
} finally {
  await browser.close()
  await host.stop()
  await rm(corpus, { recursive: true, force: true })
}

console.log('\nLarge article benchmark (Debian Chromium, web host)')
for (const row of figures) {
  console.log(`  ${row.file}`)
  console.log(
    `    parse (one core, in process)          ${row.parseMs.toFixed(0)} ms: ${row.blocks} blocks, longest ${row.longestBlock} characters`
  )
  console.log(
    `    getArticle over HTTP, JSON parsed     ${row.getArticleMs.toFixed(0)} ms (${row.payloadMb.toFixed(1)} MB)`
  )
  console.log(`    click to first paragraph painted      ${row.firstPaintMs.toFixed(0)} ms   target ≤ 1000 ms`)
  console.log(
    `    longest frame stall, first 8 s        ${row.longestStallMs.toFixed(0)} ms (longest task ${row.longestTaskMs.toFixed(0)} ms, ${row.longTaskMs.toFixed(0)} ms in long tasks); ${row.paragraphsShown} blocks in the reader`
  )
  console.log(
    `    Ctrl+F and a word typed, to the count ${row.findMs.toFixed(0)} ms (longest frame stall ${row.findStallMs.toFixed(0)} ms)`
  )
  if (row.warnings.length > 0) console.log(`    warnings: ${row.warnings.join(' ')}`)
}
