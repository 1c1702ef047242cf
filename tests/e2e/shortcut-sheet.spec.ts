// The keyboard shortcut sheet in Chromium (web mode): `?` in the library opens it listing the app's
// shortcuts (the search keys, the Export dialog's Ctrl+Shift+E, the reader's keys with no article
// open); its filter narrows the list; Escape closes it and focus goes back where it was; F1 and
// the top bar's button open it too; and `?` typed in the search box is a question mark, not a key.
// Screenshot of the open sheet in /tmp/shortcut-sheet.png.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { startTestHost, type TestHost } from '../support/test-host'

test.describe.configure({ mode: 'serial' })
let host: TestHost

test.beforeAll(async () => {
  host = await startTestHost()
})
test.afterAll(async () => {
  await host.stop()
})

const sheetOf = (page: Page): Locator => page.getByRole('dialog', { name: 'Keyboard shortcuts' })
/** The sheet's row for an action, by its description. */
const rowOf = (sheet: Locator, description: string) => sheet.getByRole('row').filter({ hasText: description })
const articles = (page: Page) => page.getByRole('listbox', { name: 'Articles' })

test('? in the library opens the sheet; the filter narrows it; Escape closes it, focus goes back', async ({ page }) => {
  await page.goto(host.url)
  // The list holds the focus (its rows are its active descendant); no article is open.
  const list = articles(page)
  await list.focus()
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveCount(0)
  await page.keyboard.press('?')

  const sheet = sheetOf(page)
  await expect(sheet).toBeVisible()
  const filter = sheet.getByRole('searchbox', { name: 'Filter shortcuts' })
  await expect(filter).toBeFocused()
  await expect(filter).toHaveValue('') // the '?' that opened it typed nothing
  await expect(rowOf(sheet, 'Search the library')).toContainText('Ctrl+K')
  await expect(rowOf(sheet, 'Export or import annotations')).toContainText('Ctrl+Shift+E')
  // The reader's keys are listed though no article is open, and the sheet lists its own keys.
  await expect(rowOf(sheet, 'Find in the article')).toContainText('Ctrl+F')
  await expect(rowOf(sheet, 'Show the keyboard shortcuts')).toContainText('F1')
  await expect(sheet.getByRole('region', { name: /Dialogs/ })).toContainText('Export or import annotations')
  const all = await sheet.getByRole('row').count()
  expect(all).toBeGreaterThan(20)
  await page.screenshot({ path: '/tmp/shortcut-sheet.png' })

  await filter.pressSequentially('export')
  await expect(sheet.getByRole('row')).toHaveCount(1)
  await expect(sheet.getByRole('row')).toContainText('Ctrl+Shift+E')
  await filter.fill('ctrl+f')
  await expect(rowOf(sheet, 'Find in the article')).toBeVisible()
  await expect(rowOf(sheet, 'Export or import annotations')).toHaveCount(0)
  await filter.fill('no such shortcut')
  await expect(sheet).toContainText('No shortcut matches “no such shortcut”.')
  await page.screenshot({ path: '/tmp/shortcut-sheet-filtered.png' })

  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(list).toBeFocused()
})

test('F1 opens the sheet, from the search box too, and focus goes back to the box', async ({ page }) => {
  await page.goto(host.url)
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.click()
  await page.keyboard.press('F1')
  const sheet = sheetOf(page)
  await expect(sheet).toBeVisible()
  // An app shortcut pressed in the sheet does nothing behind it (Ctrl+Shift+M opens the themes view).
  await page.keyboard.press('Control+Shift+M')
  await expect(page.locator('.overview')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(search).toBeFocused()
})

test('? typed in the search box is a question mark, not the sheet', async ({ page }) => {
  await page.goto(host.url)
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.click()
  await page.keyboard.type('ปฏิรูป?')
  await expect(search).toHaveValue('ปฏิรูป?')
  await expect(sheetOf(page)).toHaveCount(0)
})

test('the top bar’s button opens the sheet, and its close button gives focus back to it', async ({ page }) => {
  await page.goto(host.url)
  const button = page.getByRole('button', { name: 'Keyboard shortcuts (?)' })
  await button.click()
  const sheet = sheetOf(page)
  await expect(sheet).toBeVisible()
  // Focus stays in the modal: Tab from its last control comes back into it.
  for (let step = 0; step < 4; step++) await page.keyboard.press('Tab')
  expect(await sheet.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
  await sheet.getByRole('button', { name: 'Close', exact: true }).click()
  await expect(sheet).toBeHidden()
  await expect(button).toBeFocused()
})
