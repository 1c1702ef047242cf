import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

// Three bundled articles, by the start of their titles.
const NHANDAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
const LANGSON = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const KINHTEDOTHI = 'ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW'
const host = hostForSpec()

const heading = (page: Page) => page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })

test('Alt+← and Alt+→ go back and forward through the articles the reader had open', async ({ page }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  const address = page.url()
  await openArticle(page, NHANDAN)
  await openArticle(page, LANGSON)

  // Focus is still in the library's list: the keys go to the reader pane all the same.
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading(page)).toContainText(NHANDAN)
  expect(page.url()).toBe(address) // taken by the app, never the browser's own "back"
  await page.keyboard.press('Alt+ArrowLeft') // nothing further back
  await expect(heading(page)).toContainText(NHANDAN)
  await page.keyboard.press('Alt+ArrowRight')
  await expect(heading(page)).toContainText(LANGSON)

  // From inside the article text, as from anywhere else in the pane.
  await page.getByRole('document', { name: 'Article text' }).click()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading(page)).toContainText(NHANDAN)

  // In the search box the keys belong to the text typed there.
  await page.getByLabel('Search the library').focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(heading(page)).toContainText(NHANDAN)

  // Opening an article after going back drops what lay ahead, as a browser does.
  await openArticle(page, KINHTEDOTHI)
  await page.keyboard.press('Alt+ArrowRight')
  await expect(heading(page)).toContainText(KINHTEDOTHI)
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading(page)).toContainText(NHANDAN)
  await page.screenshot({ path: join(screenshots, 'reader-history-back.png') })
  expect(page.url()).toBe(address)
  expect(problems).toEqual([])
})
