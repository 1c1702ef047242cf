// The documents view, as a researcher uses it on the bundled Thai articles: every cited document
// with its count and timeline; 18-NQ/TW opened, its resolution "by context" marked as doubtful,
// confirmed, undone, corrected and undone again; the review list; a citing sentence opened in the
// reader (the view closes, the sentence is marked); the keyboard; Esc.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { hostForSpec, screenshots } from '../support/spec-host'

const ARTICLE = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง' // Việt Nam, 28/02/2025: cites 18-NQ/TW
const host = hostForSpec()

const view = (page: Page) => page.getByRole('region', { name: 'Documents', exact: true })
const documents = (page: Page) => view(page).getByRole('listbox', { name: 'Cited documents' })
/** The document whose code is exactly `code` (a title may name another document's code). */
const row = (page: Page, code: string) =>
  documents(page)
    .getByRole('option')
    .filter({ has: page.locator('.doc-code').getByText(code, { exact: true }) })
const rowWith = (page: Page, text: string) => documents(page).getByRole('option').filter({ hasText: text })
const citing = (page: Page) => view(page).getByRole('group', { name: /^Articles citing/ })
const heading = (page: Page) => page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })

test('lists cited documents, reviews a doubtful resolution with undo, and opens a citing sentence', async ({
  page
}) => {
  test.setTimeout(60_000)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  // The strip and the lists add no inline style or script that the app's CSP would refuse.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) problems.push(message.text())
  })
  await page.goto(host().url)
  await page.getByRole('button', { name: 'Documents' }).click()
  await expect(view(page)).toBeVisible()
  // The index reads the bundled articles at launch: the documents are there once it has.
  await expect(row(page, '18-NQ/TW')).toBeVisible({ timeout: 30_000 })
  for (const code of ['57-NQ/TW', '01-KL/TW', '05-CT/TW', '02-PA/TU', '28-CTr/TU'])
    await expect(row(page, code)).toBeVisible()
  await expect(row(page, '18-NQ/TW')).toContainText('1 article')
  await expect(row(page, '18-NQ/TW')).toContainText('2017-10-25')
  await expect(row(page, '18-NQ/TW')).toContainText('1 resolved with doubt')
  await expect(row(page, '18-NQ/TW').locator('svg.month-strip rect.month-strip-bar')).toHaveCount(1)

  // Opened: its citing article with outlet and date, the resolution marked "by context, 60 %".
  await row(page, '18-NQ/TW').click()
  const article = citing(page).locator('article').filter({ hasText: ARTICLE })
  await expect(article).toContainText('Việt Nam')
  await expect(article).toContainText('28 Feb 2025')
  await expect(article).toContainText('resolved by context, 60 %')
  await page.screenshot({ path: join(screenshots, 'documents-list.png') })

  // Confirmed, then undone; corrected to the 2022 resolution of the same number, then undone.
  await article.getByRole('button', { name: '✓ Confirm' }).click()
  await expect(article).toContainText('Confirmed by you')
  await expect(row(page, '18-NQ/TW')).not.toContainText('resolved with doubt')
  await view(page).getByRole('button', { name: /^Undo/ }).click()
  await expect(article).toContainText('resolved by context, 60 %')
  await article.getByRole('button', { name: 'Correct…' }).click()
  await article.getByRole('combobox', { name: 'The document it means' }).selectOption('18-NQ/TW@2022')
  await expect(rowWith(page, '2022-06-16')).toBeVisible()
  await expect(rowWith(page, '2017-10-25')).toHaveCount(0)
  await page.screenshot({ path: join(screenshots, 'documents-corrected.png') })
  await view(page).getByRole('button', { name: /^Undo/ }).click()
  await expect(rowWith(page, '2017-10-25')).toBeVisible()

  // The review list: the one doubtful reference, confirmed in bulk, then undone with Ctrl+Z.
  await view(page)
    .getByRole('tab', { name: /Review doubtful/ })
    .click()
  const review = view(page).getByRole('listbox', { name: 'Citations to review' })
  await expect(review.getByRole('option')).toHaveCount(1)
  await expect(review).toContainText('18-NQ/TW')
  await page.screenshot({ path: join(screenshots, 'documents-review.png') })
  await review.getByRole('checkbox').check()
  await view(page).getByRole('button', { name: '✓ Confirm 1' }).click()
  await expect(view(page)).toContainText('Nothing to review')
  await page.keyboard.press('Control+z')
  await expect(review.getByRole('option')).toHaveCount(1)

  // A citing sentence opens its article in the reader, marked there; the view closes.
  await view(page).getByRole('tab', { name: 'Cited documents' }).click()
  await row(page, '18-NQ/TW').click()
  await citing(page).locator('.sentence-open').first().click()
  await expect(view(page)).toBeHidden()
  await expect(heading(page)).toContainText(ARTICLE)
  const mark = page.locator('.article-text .evidence-mark').first()
  await expect(mark).toContainText('18')
  await expect(mark).toBeInViewport()
  await page.screenshot({ path: join(screenshots, 'documents-jump.png') })

  // The About tab marks the same doubt, and follows a verdict given in the documents view (and its undo).
  const sidebar = page.getByRole('complementary', { name: 'Annotations' })
  await sidebar.getByRole('tab', { name: 'About' }).click()
  const cited = sidebar
    .getByRole('region', { name: 'Documents cited' })
    .getByRole('button')
    .filter({ hasText: '18-NQ/TW' })
  await expect(cited).toContainText('60 %')
  await page.getByRole('button', { name: 'Documents' }).click()
  await row(page, '18-NQ/TW').click()
  await citing(page).getByRole('button', { name: '✓ Confirm' }).click()
  await expect(cited).toContainText('Confirmed by you')
  await page.screenshot({ path: join(screenshots, 'documents-about-confirmed.png') })
  await page.keyboard.press('Control+z')
  await expect(cited).toContainText('60 %')
  await view(page).getByRole('button', { name: '✕ Close' }).click()

  // The keyboard: Ctrl+Shift+D, ↓ through the documents, Enter into the sentences, Enter opens; Esc closes.
  await page.keyboard.press('Control+Shift+D')
  await expect(documents(page)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(documents(page).getByRole('option', { selected: true })).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(citing(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(documents(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(view(page)).toBeHidden()
  // Again, and Enter on a sentence opens its article there.
  await page.keyboard.press('Control+Shift+D')
  await row(page, '57-NQ/TW').click()
  await page.keyboard.press('Enter')
  await expect(citing(page)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(view(page)).toBeHidden()
  await expect(heading(page)).toContainText('พัฒนาและปรับปรุงงานให้คำปรึกษา')
  await expect(page.locator('.article-text .evidence-mark').first()).toContainText('57')
  expect(problems).toEqual([])
})
