import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
const host = hostForSpec()

const reader = (page: Page) => page.getByRole('main', { name: 'Reader' })
const bar = (page: Page) => reader(page).getByRole('search', { name: 'Find in article' })
const input = (page: Page) => bar(page).getByRole('textbox', { name: 'Find in article' })
const count = (page: Page) => bar(page).getByRole('status')
const hits = (page: Page) => reader(page).locator('.article-text mark.find-hit')
const current = (page: Page) => reader(page).locator('.article-text mark.find-current')
/** Which hit is the current one, counted from 0 in reading order. */
const currentIndex = (page: Page) =>
  hits(page).evaluateAll((marks) => marks.findIndex((mark) => mark.classList.contains('find-current')))

async function openTheArticle(page: Page) {
  await page.goto(host().url)
  await openArticle(page, TITLE)
}

test('Ctrl+F finds a Thai word everywhere in the article; Enter, Shift+Enter and F3 step through, wrapping; Esc clears', async ({
  page
}) => {
  const problems: string[] = []
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())))
  page.on('pageerror', (error) => problems.push(error.message))
  await openTheArticle(page)
  // Whether the page's own handler kept the browser's find bar closed.
  await page.evaluate(() =>
    window.addEventListener(
      'keydown',
      (event) => ((window as unknown as { lastPrevented: boolean }).lastPrevented = event.defaultPrevented)
    )
  )
  await page.keyboard.press('Control+f')
  await expect(input(page)).toBeFocused()
  expect(await page.evaluate(() => (window as unknown as { lastPrevented: boolean }).lastPrevented)).toBe(true)

  // "Digital": 13 times in the article, each one marked as a whole word.
  await page.keyboard.type('ดิจิทัล')
  await expect(count(page)).toHaveText('1 of 13')
  await expect(hits(page)).toHaveCount(13)
  expect(new Set(await hits(page).allTextContents())).toEqual(new Set(['ดิจิทัล']))
  await expect(current(page)).toHaveCount(1)
  await expect(current(page)).toBeInViewport()

  await page.keyboard.press('Enter')
  await expect(count(page)).toHaveText('2 of 13')
  expect(await currentIndex(page)).toBe(1)
  await expect(current(page)).toBeInViewport()
  // The bar sits above the text, never over the match it scrolled to.
  const barBox = await bar(page).boundingBox()
  const markBox = await current(page).boundingBox()
  expect(markBox && barBox && markBox.y >= barBox.y + barBox.height).toBe(true)
  // Thai in the bar and the article is set in the bundled Sarabun.
  expect(await input(page).evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"?Sarabun/)
  expect(
    await page.evaluate(async () => (await document.fonts.ready) && document.fonts.check('16px Sarabun', 'ดิจิทัล'))
  ).toBe(true)
  await page.screenshot({ path: join(screenshots, 'find-in-article.png') })

  await page.keyboard.press('Shift+Enter')
  await expect(count(page)).toHaveText('1 of 13')
  await page.keyboard.press('Shift+Enter') // before the first: the last
  await expect(count(page)).toHaveText('13 of 13')
  expect(await currentIndex(page)).toBe(12)
  await expect(current(page)).toBeInViewport()
  await page.keyboard.press('F3') // past the last: the first
  await expect(count(page)).toHaveText('1 of 13')
  await bar(page).getByRole('button', { name: 'Next match' }).click()
  await expect(count(page)).toHaveText('2 of 13')
  await bar(page).getByRole('button', { name: 'Previous match' }).click()
  await expect(count(page)).toHaveText('1 of 13')
  await page.keyboard.press('Shift+F3')
  await expect(count(page)).toHaveText('13 of 13')

  await input(page).focus()
  await page.keyboard.press('Escape')
  await expect(bar(page)).toHaveCount(0)
  await expect(hits(page)).toHaveCount(0)
  await expect(reader(page).getByRole('document', { name: 'Article text' })).toBeFocused()
  expect(problems).toEqual([])
})

test('a Thai string that occurs only inside a longer word is not found as a word', async ({ page }) => {
  await openTheArticle(page)
  // หาร ("divide") is written 13 times in the article, each time inside บริหาร ("administer").
  const text = reader(page).getByRole('document', { name: 'Article text' })
  await expect(text).toContainText('คณะกรรมการบริหาร')
  await page.keyboard.press('Control+f')
  await page.keyboard.type('หาร')
  await expect(count(page)).toHaveText('No matches')
  await expect(hits(page)).toHaveCount(0)
  await page.screenshot({ path: join(screenshots, 'find-no-matches.png') })

  // The whole word is found, with the count starting afresh.
  await input(page).fill('บริหาร')
  await expect(count(page)).toHaveText('1 of 13')
  expect(new Set(await hits(page).allTextContents())).toEqual(new Set(['บริหาร']))
})

test('opened from a library search, every word of the query is marked; editing it finds the phrase typed', async ({
  page
}) => {
  await page.goto(host().url)
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('ดิจิทัล เปลี่ยนแปลง')
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').filter({ hasText: TITLE }).click()
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(input(page)).toHaveValue('ดิจิทัล เปลี่ยนแปลง')
  // Each word on its own, wherever it occurs, and the first hit in view.
  expect(new Set(await hits(page).allTextContents())).toEqual(new Set(['ดิจิทัล', 'เปลี่ยนแปลง']))
  await expect(count(page)).toContainText('1 of ')
  await expect(current(page)).toBeInViewport()

  await input(page).fill('เปลี่ยนแปลงทางดิจิทัล')
  await expect(hits(page).first()).toHaveText('เปลี่ยนแปลงทางดิจิทัล')
  expect(new Set(await hits(page).allTextContents())).toEqual(new Set(['เปลี่ยนแปลงทางดิจิทัล']))
})

test('finds a word of the field that ICU alone glues to its neighbour, as search does (the domain word list)', async ({
  page
}) => {
  await page.goto(host().url)
  // ICU alone cuts การกระจายอำนาจ as การก|ระ|จา|ยอำ|นาจ: neither search nor find saw กระจายอำนาจ.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('กระจายอำนาจ')
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
  await expect(results).toHaveCount(1)
  await results.first().click()
  await expect(input(page)).toHaveValue('กระจายอำนาจ')
  await expect(count(page)).toHaveText('1 of 1 · search words')
  await expect(hits(page)).toHaveText(['กระจายอำนาจ'])
  await expect(current(page)).toBeInViewport()
  await page.screenshot({ path: join(screenshots, 'find-domain-word.png') })

  // Typed in the find bar too, and a listed word found whole (ICU: ท้อง|ถิ่น).
  await input(page).fill('ท้องถิ่น')
  await expect(count(page)).toHaveText('1 of 5')
  expect(new Set(await hits(page).allTextContents())).toEqual(new Set(['ท้องถิ่น']))
})
