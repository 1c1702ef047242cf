// The theme review, as a researcher uses it: from a theme in the About tab, every article carrying
// it, strongest first; two confirmed in one action, kept through a reload, and taken back by one
// Ctrl+Z; the keyboard moves, opens an article in the reader and closes the review.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
const DIGITAL = 'วิทยาศาสตร์ เทคโนโลยี นวัตกรรม และการเปลี่ยนแปลงทางดิจิทัล'
const host = hostForSpec()

const about = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const review = (page: Page) => page.getByRole('region', { name: 'Theme review' })
const grid = (page: Page) => review(page).getByRole('grid')
const rows = (page: Page) => grid(page).getByRole('row')
const verdicts = (page: Page) => grid(page).locator('.review-verdict')

async function openReview(page: Page) {
  await openArticle(page, TITLE)
  await about(page).getByRole('tab', { name: 'About' }).click()
  const digital = about(page).locator('li.theme-item').filter({ hasText: DIGITAL })
  // The index reads the bundled articles at launch: the link counts the articles once it has.
  const link = digital.getByRole('button', { name: /^Review all \d+ articles? with this theme/ })
  await expect(link).toBeVisible({ timeout: 30_000 })
  await link.click()
  await expect(review(page)).toContainText(DIGITAL)
  await expect(rows(page).first()).toBeVisible()
  // The library's place: it comes back when the review closes.
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden()
}

test('reviews a theme across the articles: bulk confirm, kept through a reload, one undo', async ({ page }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openReview(page)

  // Strongest first, each with its header, strength and what detection suggests.
  expect(await rows(page).count()).toBeGreaterThanOrEqual(2)
  const strengths = (await grid(page).locator('.review-strength').allTextContents()).map((text) => parseInt(text))
  expect(strengths).toEqual([...strengths].sort((a, b) => b - a))
  await expect(rows(page).first()).toContainText(TITLE)
  await expect(verdicts(page).first()).toHaveText(/Suggested|Faint cues/)

  // Two rows checked (by their checkboxes), confirmed in one action.
  const first = rows(page).nth(0)
  const second = rows(page).nth(1)
  await first.getByRole('checkbox').click()
  await second.getByRole('checkbox').click()
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(review(page)).toContainText('2 selected')
  await page.screenshot({ path: join(screenshots, 'theme-review-selected.png') })
  await review(page).getByRole('button', { name: 'Confirm selected' }).click()
  await expect(verdicts(page).nth(0)).toHaveText('Confirmed')
  await expect(verdicts(page).nth(1)).toHaveText('Confirmed')
  await expect(review(page).getByRole('status').first()).toContainText('Confirmed 2 articles')
  await expect(review(page)).toContainText('0 selected')
  await page.screenshot({ path: join(screenshots, 'theme-review.png') })

  // The filters: the two confirmed are all the "Confirmed" filter shows.
  await review(page)
    .getByRole('button', { name: /^Confirmed/ })
    .click()
  await expect(rows(page)).toHaveCount(2)
  await review(page).getByRole('button', { name: /^All/ }).click()

  // Kept through a reload (on disk in main).
  await page.reload()
  await openReview(page)
  await expect(verdicts(page).nth(0)).toHaveText('Confirmed')
  await expect(verdicts(page).nth(1)).toHaveText('Confirmed')
  // The About tab agrees for the open article.
  await expect(about(page).locator('li.theme-item').filter({ hasText: DIGITAL })).toContainText('Confirmed by')

  // One Ctrl+Z takes both back: they were one step.
  await page.locator('body').press('Control+z')
  await expect(verdicts(page).nth(0)).toHaveText(/Suggested|Faint cues/)
  await expect(verdicts(page).nth(1)).toHaveText(/Suggested|Faint cues/)

  // The keyboard: down to the second row, Space checks it, Enter opens it, Escape closes the review.
  await grid(page).focus()
  await page.keyboard.press('ArrowDown')
  await expect(second).toHaveClass(/cursor/)
  await page.keyboard.press('Space')
  await expect(second).toHaveAttribute('aria-selected', 'true')
  const secondTitle = (await second.locator('.review-title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText(
    secondTitle.slice(0, 20)
  )
  await expect(grid(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(review(page)).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
  expect(problems).toEqual([])
})

test('a theme carried by 10,000 articles stays a short DOM and answers the keyboard at once', async ({ page }) => {
  // The index's answer, padded with 10,000 weaker carriers the library does not have (shown by id).
  await page.route('**/api/listThemeArticles', async (route) => {
    const answer = await route.fetch()
    const body = await answer.json()
    if (route.request().postDataJSON().limit === 1 || !body.ok) return route.fulfill({ response: answer })
    const extra = Array.from({ length: 10_000 }, (_, n) => ({ id: `bulk-${n}`, strength: 0.001, detected: false }))
    body.value.articles.push(...extra)
    body.value.total += extra.length
    await route.fulfill({ response: answer, json: body })
  })
  await page.goto(host().url)
  await openReview(page)
  const total = Number(await grid(page).getAttribute('aria-rowcount'))
  expect(total).toBeGreaterThan(10_000)
  expect(await rows(page).count()).toBeLessThan(60)

  const started = Date.now()
  await grid(page).focus()
  await page.keyboard.press('End')
  await expect(rows(page).filter({ hasText: 'bulk-9999' })).toHaveClass(/cursor/)
  await page.keyboard.press('Control+a')
  await expect(review(page)).toContainText(`${total.toLocaleString('en')} selected`)
  const elapsed = Date.now() - started
  console.log(`End and select all over ${total} rows: ${elapsed} ms`)
  expect(elapsed).toBeLessThan(3000)
  expect(await rows(page).count()).toBeLessThan(60)

  // A search shows its results in the library, in the review's place; the search box keeps the keys.
  const box = page.getByRole('searchbox', { name: 'Search the library' })
  await box.fill('ดิจิทัล')
  await expect(review(page)).toBeHidden()
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible()
  await expect(box).toBeFocused()
})
