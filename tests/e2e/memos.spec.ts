// Memos on whole articles in Chromium (web mode), on the Thai samples: M in the reader opens the
// memo box at the top of the Annotations tab; a Thai memo saved (Ctrl+Enter); its mark in the
// library row, with the first line as its tooltip, and the "Has a memo" filter; a word of it found from the search box (the hit
// labelled as the article's memo, opening the article); still there after a reload; Ctrl+Z removes
// it and the mark goes. Screenshots in /tmp/memos-*.png.
import { expect, test, type Page } from '@playwright/test'
import { startTestHost, type TestHost } from '../support/test-host'

const TITLE = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const OTHER = 'พัฒนาและปรับปรุงงานให้คำปรึกษา'
// A word no sample holds, so only the memo can match it.
const MEMO = 'สหกรณ์ออมทรัพย์กับการรวมจังหวัด\nเทียบกับมติ 18-NQ/TW และบทความของไห่เซือง'
const FIRST_LINE = 'สหกรณ์ออมทรัพย์กับการรวมจังหวัด'
let host: TestHost

test.beforeEach(async () => {
  host = await startTestHost()
})
test.afterEach(async () => {
  await host.stop()
})

const rows = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
const row = (page: Page, title: string) => rows(page).filter({ hasText: title })
const memoBox = (page: Page) => page.getByRole('textbox', { name: 'Memo on this article' })

async function open(page: Page, title: string): Promise<void> {
  await row(page, title).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

test('write a Thai memo, see its mark, find it by a word, reload, and undo it', async ({ page }) => {
  await page.goto(host.url)
  await open(page, TITLE)
  const memos = page.locator('aside.annotations:visible .article-memo')
  await expect(memos.getByRole('button', { name: '+ Write a memo' })).toBeVisible()

  // 1. M in the reader (nothing selected) opens the box, focused; Ctrl+Enter saves.
  await page.locator('main.reader .article-text').first().click()
  await page.keyboard.press('m')
  await expect(memoBox(page)).toBeFocused()
  await memoBox(page).fill(MEMO)
  await page.keyboard.press('Control+Enter')
  await expect(memos.getByText('Saved.')).toBeVisible()
  const mark = row(page, TITLE).locator('.memo-mark')
  await expect(mark).toBeVisible()
  await expect(mark).toHaveAttribute('title', FIRST_LINE)
  await page.screenshot({ path: '/tmp/memos-1-written.png' })
  const hasMemo = page.getByRole('checkbox', { name: 'Has a memo (1)' })
  await hasMemo.check()
  await expect(rows(page)).toHaveCount(1)
  await hasMemo.uncheck()
  await expect(rows(page)).toHaveCount(5)

  // 2. A word of the memo, from the search box, while reading another article.
  await memoBox(page).blur()
  await open(page, OTHER)
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('สหกรณ์')
  const notes = page.getByRole('region', { name: 'Matching notes and quotes' })
  await expect(notes.getByRole('heading')).toHaveText('In your notes (1)')
  await expect(notes.locator('.field')).toHaveText('Article memo')
  await expect(notes.locator('mark').first()).toHaveText('สหกรณ์')
  await page.screenshot({ path: '/tmp/memos-2-search.png' })
  await notes.getByRole('button').click()
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  await expect(memoBox(page)).toHaveValue(MEMO)

  // 3. After a reload: the memo, and its mark.
  await page.reload()
  await open(page, TITLE)
  await expect(memoBox(page)).toHaveValue(MEMO)
  await expect(row(page, TITLE).locator('.memo-mark')).toBeVisible()
  await page.screenshot({ path: '/tmp/memos-3-reloaded.png' })

  // 4. Ctrl+Z (focus outside the box) removes it: the box folds into its button, the mark goes.
  await page.locator('main.reader .article-text').first().click()
  await page.keyboard.press('Control+z')
  await expect(memos.getByRole('button', { name: '+ Write a memo' })).toBeVisible()
  await expect(row(page, TITLE).locator('.memo-mark')).toHaveCount(0)
  await page.screenshot({ path: '/tmp/memos-4-undone.png' })
})
