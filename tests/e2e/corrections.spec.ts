// Correcting what the parser got wrong, in Chromium (web mode) on the Thai samples: an outlet
// corrected in the reader's header (Edit, type, Enter) is marked "edited by you" with the file's
// reading in its tooltip, the article is found by it from the search box (typed without
// diacritics), and Ctrl+Z takes it back. The "Needs a look" filter lists the samples the parser
// left without an outlet or a date; a date typed in place on a row (a wrong one refused, saying
// why) takes its article out of the list and the keyboard goes on to the next field.
// Screenshots in /tmp/shots/corrections-*.png.
import { expect, test, type Page } from '@playwright/test'
import { startTestHost, type TestHost } from '../support/test-host'
import { expectAccessible } from './axe-check'

/** No outlet and no date in the file; its title is its first words. */
const HAI_DUONG = 'เมื่อเช้าวันที่ 28 กุมภาพันธ์ คณะกรรมการพรรคประจำจังหวัด'
/** Kinhtedothi, 2024: a year without a full date. */
const KINHTEDOTHI = 'ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW'
/** No outlet and no date either. */
const QUANG_NINH = 'นับตั้งแต่ต้นภาคการศึกษา'
let host: TestHost

test.beforeEach(async () => {
  host = await startTestHost()
})
test.afterEach(async () => {
  await host.stop()
})

const articles = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
const row = (page: Page, title: string) => articles(page).filter({ hasText: title })
/** Filtered to "Needs a look", the rows hold inputs: a list of items, not a listbox of options. */
const looking = (page: Page) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem')
const lookingRow = (page: Page, title: string) => looking(page).filter({ hasText: title })
const header = (page: Page) => page.locator('main.reader header.article-header')

test('correct an outlet in the header, find the article by it, and undo it', async ({ page }) => {
  await page.goto(host.url)
  await row(page, HAI_DUONG).click()
  await expect(header(page).getByRole('heading', { level: 1 })).toContainText(HAI_DUONG)
  await expect(header(page)).toContainText('Unknown outlet')

  // A double click on the title edits it in place; Escape leaves it as it was.
  await header(page).getByRole('heading', { level: 1 }).dblclick()
  const title = header(page).getByRole('textbox', { name: 'Correct the title' })
  await expect(title).toBeFocused()
  await title.fill('การประชุมคณะกรรมการพรรคจังหวัดไห่เซือง')
  await page.screenshot({ path: '/tmp/shots/corrections-title-editing.png' })
  await title.press('Escape')
  await expect(header(page).getByRole('heading', { level: 1 })).toContainText(HAI_DUONG)

  await header(page).getByRole('button', { name: 'Edit the outlet' }).click()
  const input = header(page).getByRole('textbox', { name: 'Correct the outlet' })
  await expect(input).toBeFocused()
  await input.fill('Báo Hải Dương')
  await page.screenshot({ path: '/tmp/shots/corrections-header-editing.png' })
  await expectAccessible(page, 'the header, an outlet being corrected')
  await input.press('Enter')
  await expect(input).toHaveCount(0)
  await expect(header(page).locator('.outlet')).toHaveText('Báo Hải Dương')
  const mark = header(page).locator('.edited-mark')
  await expect(mark).toHaveText('edited by you')
  await expect(mark).toHaveAttribute('title', /The file says nothing\./)
  // The library row says it too, at once.
  await expect(row(page, HAI_DUONG)).toContainText('Báo Hải Dương')
  await page.screenshot({ path: '/tmp/shots/corrections-header-edited.png' })
  await expectAccessible(page, 'the header with a corrected outlet')

  // Found by the corrected outlet, typed without diacritics.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('hai duong')
  const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
  await expect(results.first()).toContainText(HAI_DUONG, { timeout: 15_000 })
  await page.screenshot({ path: '/tmp/shots/corrections-found.png' })
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')

  // Ctrl+Z (focus in the text) takes the correction back.
  await page.locator('main.reader .article-text').first().click()
  await page.keyboard.press('Control+z')
  await expect(header(page)).toContainText('Unknown outlet')
  await expect(header(page).locator('.edited-mark')).toHaveCount(0)
})

test('fix the articles that need a look in place, from the keyboard', async ({ page }) => {
  await page.goto(host.url)
  await expect(articles(page)).toHaveCount(5)
  const filter = page.getByRole('checkbox', { name: /Needs a look/ })
  await expect(filter).toHaveAccessibleName('Needs a look (3)')
  await filter.check()
  await expect(looking(page)).toHaveCount(3)
  for (const title of [HAI_DUONG, KINHTEDOTHI, QUANG_NINH]) await expect(lookingRow(page, title)).toHaveCount(1)
  await page.screenshot({ path: '/tmp/shots/corrections-needs-look.png' })
  await expectAccessible(page, 'the needs-a-look list')

  // Kinhtedothi has its outlet: Tab from it to the date, a date that does not exist is refused.
  const outlet = lookingRow(page, KINHTEDOTHI).getByRole('textbox', { name: /Correct the outlet/ })
  await expect(outlet).toHaveValue('Kinhtedothi')
  await outlet.focus()
  await page.keyboard.press('Tab')
  const date = lookingRow(page, KINHTEDOTHI).getByRole('textbox', { name: /Correct the date/ })
  await expect(date).toBeFocused()
  await page.keyboard.type('2024-02-30')
  await page.keyboard.press('Enter')
  await expect(lookingRow(page, KINHTEDOTHI).getByRole('alert')).toContainText('no such day')
  await expect(looking(page)).toHaveCount(3)
  await page.screenshot({ path: '/tmp/shots/corrections-refused.png' })

  await date.fill('18 May 2024')
  await page.keyboard.press('Enter')
  await expect(looking(page)).toHaveCount(2)
  await expect(lookingRow(page, KINHTEDOTHI)).toHaveCount(0)
  await expect(filter).toHaveAccessibleName('Needs a look (2)')
  // The keyboard goes on: the first field of the row now where the fixed one was (a guessed title).
  const next = lookingRow(page, QUANG_NINH).getByRole('textbox', { name: /Correct the title/ })
  await expect(next).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.type('Báo Quảng Ninh')
  await page.keyboard.press('Enter')
  await expect(lookingRow(page, QUANG_NINH).getByRole('textbox', { name: /Correct the date/ })).toBeFocused()
  await expect(lookingRow(page, QUANG_NINH).locator('.edited-mark')).toHaveCount(1)
  await page.screenshot({ path: '/tmp/shots/corrections-needs-look-fixed.png' })

  await filter.uncheck()
  await expect(articles(page)).toHaveCount(5)
  await expect(row(page, KINHTEDOTHI)).toContainText('18 May 2024')
  await expect(row(page, KINHTEDOTHI).locator('.edited-mark')).toHaveAttribute('title', /The file says nothing/)
})
