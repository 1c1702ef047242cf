import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { repoRoot, startTestHost, type TestHost } from '../support/test-host'

const screenshots = join(repoRoot, 'test-results/screenshots')
let host: TestHost

test.beforeAll(async () => {
  host = await startTestHost()
  await mkdir(screenshots, { recursive: true })
})
test.afterAll(async () => host.stop())

test('the library lists the five bundled articles and the reader shows a Thai article', async ({ page }) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))

  await page.goto(host.url)
  await expect(page).toHaveURL(`${host.origin}/`) // the token left the address bar
  const items = page.getByRole('option')
  await expect(items).toHaveCount(5)
  await expect(page.getByRole('navigation', { name: 'Library' })).toContainText('Báo Nhân dân · 2025-10-18 · nhandan.vn')

  await items.filter({ hasText: 'พัฒนาและปรับปรุงงานให้คำปรึกษา' }).click()
  const reader = page.getByRole('main', { name: 'Reader' })
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง')
  const text = reader.getByRole('document', { name: 'Article text' })
  await expect(text.locator('p').first()).toContainText('สำนักงานพรรคกลางและสำนักงานคณะกรรมการพรรคทุกระดับ')
  await expect(text).toContainText('มติหมายเลข 57-NQ/TW')
  await expect(text).not.toContainText('No data') // site furniture after the comment counter is gone
  await expect(text).toHaveAttribute('contenteditable', 'false')

  // The bundled Thai face is the one in use, so glyphs are real letters, not boxes.
  const thaiFontReady = await page.evaluate(async () => {
    await document.fonts.ready
    return document.fonts.check('16px Sarabun', 'ภาษาไทย')
  })
  expect(thaiFontReady).toBe(true)
  await page.screenshot({ path: join(screenshots, 'library-and-reader.png') })
  expect(problems).toEqual([])
})

test('the keyboard moves through the library and the source opens through main', async ({ page }) => {
  await page.goto(host.url)
  const list = page.getByRole('listbox', { name: 'Articles' })
  await list.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { selected: true })).toContainText('ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW')
  await page.keyboard.press('ArrowDown')
  const reader = page.getByRole('main', { name: 'Reader' })
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง มุ่งมั่นดี ผลลัพธ์เป็นบวก')
  await reader.getByRole('button', { name: 'baolangson.vn ↗' }).click()
  await expect.poll(() => host.opened).toEqual(['https://baolangson.vn/tinh-gon-bo-may-nhan-thuc-dung-quyet-tam-cao-5039128.html'])
})

test('a derived title is marked as such', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('option').filter({ hasText: 'นับตั้งแต่ต้นภาคการศึกษา' }).click()
  await expect(page.getByText('Title taken from the first line')).toBeVisible()
})

test('a page without the token gets nothing', async ({ page }) => {
  const response = await page.goto(host.origin)
  expect(response?.status()).toBe(401)
  await expect(page.locator('body')).toContainText('access token')
})
