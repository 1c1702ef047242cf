// Typed links between passages in Chromium (web mode): a passage of one Thai sample linked to a
// passage of another with a kind and a note, chosen one after the other in one reader; badges on
// both passages; the link in the sidebar's Links tab; a badge followed (the other article opens,
// at the passage); Ctrl+Z undoes the link and the badges go. Screenshots in /tmp/links-*.png.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { startTestHost, type TestHost } from '../support/test-host'
import { selectPassage } from './select-passage'

const FIRST = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const SECOND = 'เมื่อเช้าวันที่ 28 กุมภาพันธ์ คณะกรรมการพรรคประจำจังหวัด ไห่เซือง'
let host: TestHost

// A host each: the reader layout (which article in which pane) is kept across page loads.
test.beforeEach(async () => {
  host = await startTestHost()
})
test.afterEach(async () => {
  await host.stop()
})

/** The pane showing an article whose heading holds `title` (either reader). */
const paneWith = (page: Page, title: string): Locator =>
  page.locator('main.reader').filter({ has: page.getByRole('heading', { level: 1, name: title }) })

async function open(page: Page, title: string): Promise<Locator> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title }).click()
  const pane = paneWith(page, title)
  await expect(pane.locator('.article-text')).toBeVisible()
  return pane
}

test('link two Thai passages with a kind and a note, follow the badge, undo the link', async ({ page }) => {
  await page.goto(host.url)
  const first = await open(page, FIRST)

  // 1. The first passage, with L: the bar holds it while the user goes to find the second.
  await selectPassage(first, 'จัดระเบียบ', 'การเมือง')
  await page.keyboard.press('l')
  const bar = page.getByRole('status', { name: 'Linking passages' })
  await expect(bar).toContainText('Linking from «จัดระเบียบระบบการเมือง»')
  await page.screenshot({ path: '/tmp/links-1-pending.png' })

  // 2. Another article in the same reader; its passage offers "Link here"; 2 chooses Supports.
  const second = await open(page, SECOND)
  await selectPassage(second, 'องค์กร', 'รากหญ้า')
  await second.getByRole('button', { name: 'Link here…' }).click()
  await expect(second.getByRole('radiogroup', { name: 'Kind of link (1–6)' })).toBeFocused()
  await page.keyboard.press('2')
  await expect(second.getByRole('radio', { name: '2 Supports' })).toHaveAttribute('aria-checked', 'true')
  await second.getByLabel('Note on the link (optional)').fill('ทั้งสองพูดถึงการสร้างพรรคระดับรากหญ้า')
  await page.screenshot({ path: '/tmp/links-2-form.png' })
  await page.keyboard.press('Enter')
  await expect(bar).toBeHidden()

  // 3. A badge after the passage, and the link in the sidebar's Links tab with both quotes and the note.
  const badge = second.locator('.link-badge')
  await expect(badge).toHaveCount(1)
  await expect(second.locator('.link-end')).toHaveText('องค์กรพรรคระดับรากหญ้า')
  const linksTab = page.getByRole('tab', { name: 'Links (1)' }).locator('visible=true').first()
  await linksTab.click()
  const card = page.locator('.link-card:visible')
  await expect(card).toHaveCount(1)
  await expect(card.getByLabel('Kind of link')).toHaveValue('supports')
  await expect(card).toContainText('องค์กรพรรคระดับรากหญ้า')
  await expect(card).toContainText('จัดระเบียบระบบการเมือง')
  await expect(card).toContainText(FIRST)
  await expect(card).toContainText('ทั้งสองพูดถึงการสร้างพรรคระดับรากหญ้า')
  await page.screenshot({ path: '/tmp/links-3-linked.png' })

  // 4. Following the badge opens the first article (beside), at its passage, badge and all.
  await badge.click()
  const back = paneWith(page, FIRST)
  await expect(back.locator('.link-end')).toHaveText('จัดระเบียบระบบการเมือง')
  await expect(back.locator('.link-end')).toBeInViewport()
  await expect(back.locator('.link-badge')).toHaveCount(1)
  await page.screenshot({ path: '/tmp/links-4-followed.png' })
  // And back: the first article's badge brings the second to its passage in the other reader.
  await back.locator('.link-badge').click()
  await expect(paneWith(page, SECOND).locator('.link-end')).toBeInViewport()
  await expect(page.locator('main.reader .article-text')).toHaveCount(2)

  // 5. Ctrl+Z undoes the link: no badge is left in either article.
  await page.keyboard.press('Control+z')
  await expect(page.locator('.link-badge')).toHaveCount(0)
  await expect(page.locator('.link-end')).toHaveCount(0)
  await page.screenshot({ path: '/tmp/links-5-undone.png' })
})

test('link across two readers with the keyboard; Esc stops a link being made', async ({ page }) => {
  await page.goto(host.url)
  const first = await open(page, FIRST)
  // Ctrl+click opens the second article in the other reader.
  await page
    .getByRole('listbox', { name: 'Articles' })
    .getByRole('option')
    .filter({ hasText: SECOND })
    .click({ modifiers: ['Control'] })
  const second = paneWith(page, SECOND)
  await expect(second.locator('.article-text')).toBeVisible()
  await expect(first.locator('.article-text')).toBeVisible()

  // Esc lets a started link go.
  await selectPassage(first, 'จัดระเบียบ', 'การเมือง')
  await page.keyboard.press('l')
  const bar = page.getByRole('status', { name: 'Linking passages' })
  await expect(bar).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(bar).toBeHidden()

  // L in the first reader, L again on the passage in the second: the form; 1 = same event, Enter links.
  await selectPassage(first, 'จัดระเบียบ', 'การเมือง')
  await page.keyboard.press('l')
  await selectPassage(second, 'องค์กร', 'รากหญ้า')
  await page.keyboard.press('l')
  await expect(second.getByRole('radiogroup', { name: 'Kind of link (1–6)' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('1')
  await expect(second.getByRole('radio', { name: '1 Same event' })).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Enter')
  await expect(bar).toBeHidden()
  await expect(first.locator('.link-badge')).toHaveCount(1)
  await expect(second.locator('.link-badge')).toHaveCount(1)
  await expect(second.locator('.link-badge')).toHaveAttribute('title', /^Same event: การดำเนินการปรับปรุงเครื่องมือ/)
  // The new link is the selected one: its connector runs from one passage to the other.
  const connector = page.locator('.link-connector path')
  await expect(connector).toHaveCount(1)
  const box = await connector.boundingBox()
  expect(box?.width ?? 0).toBeGreaterThan(50)
  await page.screenshot({ path: '/tmp/links-6-two-readers.png' })

  // Deleted from the sidebar's Links tab (of the reader in use); Ctrl+Z brings it back.
  await second.locator('.article-text').click()
  await page.getByRole('tab', { name: 'Links (1)' }).locator('visible=true').first().click()
  await page.locator('.link-card:visible').getByRole('button', { name: 'Delete link' }).click()
  await expect(page.locator('.link-badge')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(page.locator('.link-badge')).toHaveCount(2)
})
