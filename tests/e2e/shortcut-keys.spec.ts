// Changing a shortcut's keys in Chromium (web mode): from Settings to the shortcut sheet, "Change"
// on "Search the library" waits for keys; Ctrl+F is refused (it finds in the article) and nothing
// changes; Ctrl+J is taken and works at once; Escape cancels a change; the keys are kept in the data
// folder and still work after a reload; "Reset" gives Ctrl+K back. The sheet passes the
// accessibility check while a change waits. Screenshots, English and Thai, light and dark, in
// test-results/screenshots/shortcut-keys-*.png.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { screenshots, hostForSpec } from '../support/spec-host'
import { expectAccessible } from './axe-check'

test.describe.configure({ mode: 'serial' })
// Two accessibility checks and a reload in one test: more than the default 30 s on a busy machine.
test.setTimeout(90_000)
const host = hostForSpec()

const sheetOf = (page: Page) => page.getByRole('dialog', { name: /^(Keyboard shortcuts|ปุ่มลัดแป้นพิมพ์)$/ })
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' })
const searchRow = (page: Page) =>
  sheetOf(page)
    .getByRole('row')
    .filter({ hasText: /^Search the library/ })
const saved = async () =>
  JSON.parse(await readFile(join(host().dataDir, 'shortcut-overrides.json'), 'utf8')) as Record<string, string[]>

/** Opens the app and waits for the library, so the keys pressed next find the app listening. */
async function open(page: Page) {
  await page.goto(host().url)
  await expect(
    page
      .getByRole('listbox', { name: /^(Articles|บทความ)$/ })
      .getByRole('option')
      .first()
  ).toBeVisible()
}

/** Focus somewhere that is not the search box, so a key that focuses it can be seen doing so. */
async function leaveSearch(page: Page) {
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible()
  await page.getByRole('listbox', { name: 'Articles' }).focus()
  await expect(searchBox(page)).not.toBeFocused()
}

async function openSheetFromSettings(page: Page) {
  await page.keyboard.press('Control+,')
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Keyboard shortcuts…' }).click()
  await expect(sheetOf(page)).toBeVisible()
}

test('rebinds search to Ctrl+J: a taken combo is refused, the new one works at once and after a reload', async ({
  page
}) => {
  await open(page)
  await openSheetFromSettings(page)
  const sheet = sheetOf(page)
  // The sheet's live line (the other status is the count of shortcuts).
  const status = sheet.locator('.shortcut-sheet-message[role=status]')
  await sheet.getByRole('button', { name: 'Change the keys of “Search the library”' }).click()
  await expect(searchRow(page)).toContainText('Press the new keys…')
  await expect(status).toHaveText('Press the new keys for “Search the library” (Esc cancels).')
  await expectAccessible(page, 'shortcut sheet waiting for new keys')

  // Escape cancels: the sheet stays open and nothing changed.
  await page.keyboard.press('Escape')
  await expect(sheet).toBeVisible()
  await expect(status).toHaveText('Nothing changed.')
  await expect(searchRow(page)).toContainText('Ctrl+K')

  // Ctrl+F finds in the article: refused, naming it; a bare Ctrl waits for a key.
  await sheet.getByRole('button', { name: 'Change the keys of “Search the library”' }).click()
  await page.keyboard.down('Control')
  await expect(status).toHaveText('Press the new keys for “Search the library” (Esc cancels).')
  await page.keyboard.press('f')
  await page.keyboard.up('Control')
  await expect(status).toHaveText('Ctrl+F is already “Find in the article”. Press other keys, or Esc to cancel.')
  await page.screenshot({ path: join(screenshots, 'shortcut-keys-refused.png') })
  // A plain letter would be taken from the search box itself.
  await page.keyboard.press('g')
  await expect(status).toContainText('G would type into text fields')
  await expectAccessible(page, 'shortcut sheet refusing keys')

  await page.keyboard.press('Control+j')
  await expect(status).toHaveText('“Search the library” is now Ctrl+J.')
  await expect(searchRow(page)).toContainText('Ctrl+J')
  await expect(searchRow(page)).not.toContainText('Ctrl+K')
  await expect(sheet.getByRole('button', { name: 'Reset “Search the library” to its default keys' })).toBeVisible()
  await page.screenshot({ path: join(screenshots, 'shortcut-keys-changed.png') })
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  // At once: Ctrl+J focuses the search, Ctrl+K no longer does.
  await expect(searchBox(page)).toHaveAttribute('placeholder', 'Search articles, notes and quotes (Ctrl+J)')
  await leaveSearch(page)
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).not.toBeFocused()
  await page.keyboard.press('Control+j')
  await expect(searchBox(page)).toBeFocused()
  expect(await saved()).toEqual({ 'search.focus': ['Mod+code:KeyJ'] })

  // After a reload, from the data folder.
  await page.reload()
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible()
  await page.keyboard.press('F1')
  await expect(searchRow(page)).toContainText('Ctrl+J')
  await page.keyboard.press('Escape')
  await leaveSearch(page)
  await page.keyboard.press('Control+j')
  await expect(searchBox(page)).toBeFocused()
})

test('screenshots of a refusal in Thai and in the dark theme', async ({ page }) => {
  await open(page)
  await page.keyboard.press('Control+,')
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByRole('radio', { name: 'ไทย' }).check()
  await page.getByRole('dialog', { name: 'การตั้งค่า' }).getByRole('radio', { name: 'มืด', exact: true }).check()
  await page.keyboard.press('Escape')
  await page.keyboard.press('F1')
  const sheet = sheetOf(page)
  await sheet.getByRole('button', { name: 'เปลี่ยน ปุ่มของ “ค้นหาในคลังบทความ”' }).click()
  await page.keyboard.press('Control+f')
  await expect(sheet.locator('.shortcut-sheet-message[role=status]')).toHaveText(
    'Ctrl+F ใช้กับ “ค้นหาในบทความ” อยู่แล้ว กดปุ่มอื่น หรือกด Esc เพื่อยกเลิก'
  )
  await expectAccessible(page, 'shortcut sheet in Thai, dark, refusing keys')
  await page.screenshot({ path: join(screenshots, 'shortcut-keys-thai-dark.png') })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+,')
  const thai = page.getByRole('dialog', { name: 'การตั้งค่า' })
  await thai.getByRole('button', { name: /ค่าเริ่มต้น/ }).click()
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
  await page.keyboard.press('Escape')
})

test('Reset gives the default keys back, and they work again', async ({ page }) => {
  await open(page)
  await page.keyboard.press('F1')
  const sheet = sheetOf(page)
  await expect(searchRow(page)).toContainText('Ctrl+J')
  await sheet.getByRole('button', { name: 'Reset “Search the library” to its default keys' }).click()
  await expect(searchRow(page)).toContainText('Ctrl+K')
  await expect(sheet.getByRole('button', { name: /^Reset “Search the library”/ })).toHaveCount(0)
  await expect(sheet.getByRole('button', { name: 'Reset all keys' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await leaveSearch(page)
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
  await expect.poll(saved).toEqual({})
  await expect(searchBox(page)).toHaveAttribute('placeholder', 'Search articles, notes and quotes (Ctrl+K)')

  // "Reset all keys" too, after a change of the memo's M to F9.
  await page.keyboard.press('F1')
  const memo = sheet.getByRole('row').filter({ hasText: /^Write or edit the memo/ })
  await sheet.getByRole('button', { name: 'Change the keys of “Write or edit the memo on this article”' }).click()
  await page.keyboard.press('F9')
  await expect(memo).toContainText('F9')
  await sheet.getByRole('button', { name: 'Reset all keys' }).click()
  await expect(memo).toContainText('M')
  await expect(memo).not.toContainText('F9')
  await expect.poll(saved).toEqual({})
})

test('text that names a key names the user’s: the Export button’s hint follows a change', async ({ page }) => {
  await open(page)
  const exportButton = page.getByRole('button', { name: 'Export…' })
  await expect(exportButton).toHaveAttribute('title', 'Export or import annotations (Ctrl+Shift+E)')
  await page.keyboard.press('F1')
  const sheet = sheetOf(page)
  await sheet.getByRole('button', { name: 'Change the keys of “Export or import annotations”' }).click()
  await page.keyboard.press('Control+Alt+e')
  await page.keyboard.press('Escape')
  await expect(exportButton).toHaveAttribute('title', 'Export or import annotations (Ctrl+Alt+E)')
  await page.keyboard.press('F1')
  await sheet.getByRole('button', { name: 'Reset all keys' }).click()
  await expect(exportButton).toHaveAttribute('title', 'Export or import annotations (Ctrl+Shift+E)')
})
