// A 5 MB file of one line (a scrape that lost its line breaks) opens without freezing the app
// (issue 15): its first paragraph shows at once, the window keeps answering while the rest is laid
// out, the line is read as many paragraphs, and find and highlights reach its far end. The file is
// generated here from the bundled articles into a temp folder; the figures are in the bench
// (tests/bench/large-article.ts), so no tight time is asserted.
import { readdirSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { parseArticle } from '../../main/articles/parse-article'
import { articleText } from '../../common/text/article-text'
import { openArticle } from '../support/open-article'
import { hostForSpec } from '../support/spec-host'
import { selectPassage } from './select-passage'
import { repoRoot } from '../support/test-host'

const TITLE = 'บทความบรรทัดเดียวขนาดห้าเมกะไบต์'
/** Only in the file's last sentence: find must reach text laid out long after the first paint. */
const LAST_WORDS = 'ประโยคสุดท้ายของไฟล์ขนาดใหญ่'
const shots = '/tmp/shots'
const host = hostForSpec()
let corpus = ''

test.beforeAll(async () => {
  const samples = join(repoRoot, 'resources/articles')
  const paragraphs = readdirSync(samples).flatMap((file) => {
    const parsed = parseArticle(readFileSync(join(samples, file)), file)
    return parsed.ok ? parsed.article.blocks.filter((block) => block.kind === 'paragraph').map((b) => b.text) : []
  })
  const body: string[] = []
  for (let bytes = 0, i = 0; bytes < 5 * 1024 * 1024; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? ''
    body.push(paragraph)
    bytes += Buffer.byteLength(paragraph) + 1
  }
  corpus = await mkdtemp(join(tmpdir(), 'crossread-large-'))
  await mkdir(shots, { recursive: true })
  // One line, header included, no line break at all.
  await writeFile(join(corpus, 'one-line.txt'), `Báo Nhân dân - 2025 - ${TITLE} ${body.join(' ')} ${LAST_WORDS}`)
})
test.afterAll(async () => rm(corpus, { recursive: true, force: true }))

/** The app's API as the renderer calls it in web mode (for what a test sets up without the UI). */
async function call<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host().origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host().token}` },
    body: JSON.stringify(input)
  })
  const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  return answer.value
}

/** The large article's id, imported first if the test runs alone (the first test imports it through the UI). */
async function largeArticleId(): Promise<string> {
  await call('importFolder', { path: corpus })
  const listed = await call<{ id: string; title: string }[]>('listArticles', {})
  return listed.find((article) => article.title.includes(TITLE))?.id ?? ''
}

const text = (page: Page) => page.getByRole('main', { name: 'Reader' }).getByRole('document', { name: 'Article text' })

/** Starts counting the longest gap between animation frames: a frozen renderer shows as one long gap. */
const startHeartbeat = (page: Page) =>
  page.evaluate(() => {
    const beat = { last: performance.now(), longest: 0 }
    ;(window as unknown as { heartbeat: typeof beat }).heartbeat = beat
    const tick = (now: number) => {
      beat.longest = Math.max(beat.longest, now - beat.last)
      beat.last = now
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
const longestGap = (page: Page) =>
  page.evaluate(() => (window as unknown as { heartbeat: { longest: number } }).heartbeat.longest)

test('a 5 MB one-line file opens at once as many paragraphs, and the window keeps answering', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(host().url)
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible({ timeout: 60_000 })

  await startHeartbeat(page)
  await openArticle(page, TITLE)
  const first = text(page).locator('p').first()
  await expect(first).toBeVisible({ timeout: 15_000 })
  // No header is found in a line of megabytes: the file's first words open the article.
  await expect(first).toContainText(TITLE)
  // While the rest arrives, typing in the library's search box echoes at once.
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.pressSequentially('ปฏิรูป')
  await expect(search).toHaveValue('ปฏิรูป')
  await search.fill('')
  // A passage selected meanwhile stays selected as the rest of the text is appended.
  const reader = page.getByRole('main', { name: 'Reader' })
  await selectPassage(reader, 'บทความบรรทัดเดียว', 'เมกะไบต์')

  // The whole line is in, as paragraphs of at most 2,000 characters, and the article says so.
  await expect(text(page)).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 })
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('บทความบรรทัดเดียวขนาดห้าเมกะไบต์')
  await expect(reader.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
  await page.keyboard.press('Escape')
  const lengths = await text(page)
    .locator('p')
    .evaluateAll((blocks) => blocks.map((block) => block.textContent?.length ?? 0))
  expect(lengths.length).toBeGreaterThan(500)
  expect(Math.max(...lengths)).toBeLessThanOrEqual(2000)
  await expect(page.getByRole('main', { name: 'Reader' }).locator('.notice')).toContainText(
    /1 very long line \(over 4,000 characters\) was split into [\d,]+ paragraphs/
  )
  // No frame waited for seconds (before the split, one waited over 13 s).
  expect(await longestGap(page)).toBeLessThan(3000)
  await page.screenshot({ path: join(shots, 'large-reader.png') })

  // Find reaches the file's last sentence, in text laid out long after the first paint.
  await text(page).click()
  await page.keyboard.press('Control+f')
  await page.keyboard.type(LAST_WORDS)
  const bar = page.getByRole('search', { name: 'Find in article' })
  await expect(bar.getByRole('status')).toHaveText('1 of 1', { timeout: 15_000 })
  await expect(text(page).locator('mark.find-current')).toBeInViewport()
  await page.keyboard.press('Escape')
})

test('a highlight near the end of the split article is drawn once its paragraph arrives', async ({ page }) => {
  test.setTimeout(60_000)
  const id = await largeArticleId()
  const article = await call<{ blocks: { kind: 'paragraph'; text: string }[] }>('getArticle', { id })
  const start = articleText(article.blocks).lastIndexOf(LAST_WORDS)
  await call('createAnnotation', { articleId: id, start, end: start + LAST_WORDS.length, color: 'green' })

  await page.goto(host().url)
  await openArticle(page, TITLE)
  const highlight = text(page).locator('.hl')
  await expect(highlight).toHaveCount(1, { timeout: 30_000 })
  await expect(highlight).toHaveText(LAST_WORDS)
  // Chosen in the annotations list, it is scrolled to (it may arrive after the click).
  await page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-card .quote').first().click()
  await expect(highlight).toBeInViewport()
})

test('"show original" shows the one line with each cut marked', async ({ page }) => {
  const id = await largeArticleId()
  const original = await call<{ lines: { cuts?: unknown[] }[] }>('getOriginal', { id })
  expect(original.lines.some((line) => line.cuts)).toBe(true)
  await page.goto(host().url)
  await openArticle(page, TITLE)
  await page.getByRole('button', { name: 'Show original' }).click()
  const shown = page.getByRole('region', { name: 'Original file' })
  // A 5 MB answer, laid out as a thousand pieces: generous on a loaded machine (the bench has the figure).
  await expect(shown).toContainText('1 very long line was split into paragraphs; each cut is marked ✂.', {
    timeout: 30_000
  })
  await expect(shown.locator('.cut-mark').first()).toBeVisible()
  expect(await shown.locator('.cut-mark').count()).toBeGreaterThan(500)
  await page.screenshot({ path: join(shots, 'large-original.png') })
})
