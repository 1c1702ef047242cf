// The interface in Thai and back, switched at run time from the Settings dialog and kept across a
// reload; dates follow it, with Buddhist-era years when the user asks for them.
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { hostForSpec, screenshots } from '../support/spec-host'
import { expectAccessible } from './axe-check'

const host = hostForSpec()
const NHAN_DAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // dated 2025-10-18

test('switches the interface to Thai with Buddhist-era dates, keeps it through a reload, and back', async ({
  page
}) => {
  await page.goto(host().url)
  // The list is named in the interface's language: found by either name.
  const row = page
    .getByRole('listbox', { name: /^(Articles|บทความ)$/ })
    .getByRole('option')
    .filter({ hasText: NHAN_DAN })
  await expect(row).toContainText('18 Oct 2025')

  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByRole('radio', { name: 'ไทย' }).check()
  // The dialog itself is in Thai at once.
  const thai = page.getByRole('dialog', { name: 'การตั้งค่า' })
  await expect(thai.getByRole('heading', { name: 'วันที่' })).toBeVisible()
  await thai.getByRole('radio', { name: /พุทธศักราช/ }).check()
  await expect(thai.getByRole('status')).toHaveText('บันทึกแล้ว')
  await page.keyboard.press('Escape')

  await expect(page.locator('html')).toHaveAttribute('lang', 'th')
  await expect(page.getByRole('button', { name: 'การตั้งค่า' })).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'ค้นหาในคลังบทความ' })).toBeVisible()
  await expect(row).toContainText('18 ต.ค. 2568')
  await page.screenshot({ path: join(screenshots, 'interface-thai.png') })
  await expectAccessible(page, 'the library in Thai')

  await page.reload()
  await expect(page.getByRole('button', { name: 'การตั้งค่า' })).toBeVisible()
  await expect(row).toContainText('18 ต.ค. 2568')

  await page.keyboard.press('Control+,')
  await thai.getByRole('radio', { name: 'English' }).check()
  await dialog.getByRole('radio', { name: /Common era/ }).check()
  await expect(dialog.getByRole('status')).toHaveText('Saved')
  await page.keyboard.press('Escape')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('button', { name: 'Settings' })).toBeVisible()
  await expect(row).toContainText('18 Oct 2025')
})
