// The panes beside the reader (issue 15, reading comfort): the library and the annotations sidebar
// resize from the keyboard and collapse to a strip (a button or Ctrl+B / Ctrl+Alt+B), the layout
// survives a reload, and in narrow windows the reader keeps the larger part and a readable measure:
// the sidebar starts collapsed below 900 px. Screenshots at 800, 1,024 and 1,600 px, light and
// dark, English and Thai.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'
import { expectAccessible } from './axe-check'
import { charactersPerLine } from './characters-per-line'

const NHANDAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
const host = hostForSpec()

const reader = (page: Page) => page.getByRole('main', { name: 'Reader' })
const library = (page: Page) => page.getByRole('listbox', { name: 'Articles' })
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const width = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())?.width ?? 0

test('narrow windows: the sidebar starts collapsed below 900 px, and the reader stays wider than it', async ({
  page
}) => {
  await page.setViewportSize({ width: 800, height: 860 })
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  const show = page.getByRole('button', { name: 'Show the annotations' })
  await expect(show).toHaveAttribute('aria-expanded', 'false')
  await expect(sidebar(page)).toBeHidden()
  expect(await charactersPerLine(page)).toBeGreaterThan(40)
  await page.screenshot({ path: join(screenshots, 'side-panes-800-collapsed.png') })

  // Opened by the user, it stays open at 800 px; the reader keeps the larger part and ~30 characters.
  await show.click()
  await expect(sidebar(page)).toBeVisible()
  for (const windowWidth of [800, 1024]) {
    await page.setViewportSize({ width: windowWidth, height: 860 })
    await expect.poll(async () => (await width(reader(page))) > (await width(sidebar(page)))).toBe(true)
    expect(await width(reader(page))).toBeGreaterThan(await width(library(page)))
    expect(await charactersPerLine(page)).toBeGreaterThan(30)
  }
  await expectAccessible(page, 'the reader at 1,024 px with both side panes')
})

test('resize both side panes from the keyboard, collapse and expand them, and keep it through a reload', async ({
  page
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(host().url)
  await openArticle(page, NHANDAN)

  // The library's divider: → moves it right, the library grows by a step; Home is its narrowest.
  const libraryDivider = page.getByRole('separator', { name: 'Width of the library' })
  await expect(libraryDivider).toHaveAttribute('aria-valuenow', '320')
  const libraryBefore = await width(library(page))
  await libraryDivider.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(libraryDivider).toHaveAttribute('aria-valuenow', '352')
  await expect(libraryDivider).toHaveAttribute('aria-valuetext', '352 pixels')
  await expect.poll(() => width(library(page))).toBeGreaterThan(libraryBefore + 25)

  // The sidebar's divider is on its left: ← widens the sidebar; End is its widest, Home its narrowest.
  const sidebarDivider = page.getByRole('separator', { name: 'Width of the annotations sidebar' })
  await sidebarDivider.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(sidebarDivider).toHaveAttribute('aria-valuenow', '304')
  await page.keyboard.press('End')
  await expect(sidebarDivider).toHaveAttribute(
    'aria-valuenow',
    (await sidebarDivider.getAttribute('aria-valuemax')) ?? ''
  )
  await page.keyboard.press('Home')
  await expect(sidebarDivider).toHaveAttribute('aria-valuenow', '200')
  await expect.poll(() => width(sidebar(page))).toBeLessThan(210)
  await page.screenshot({ path: join(screenshots, 'side-panes-resized.png') })

  // Collapse the library with its button: a strip is left, and the keyboard goes to the reader.
  await page.getByRole('button', { name: 'Hide the library' }).click()
  await expect(library(page)).toBeHidden()
  await expect(reader(page)).toBeFocused()
  await expect(page.getByRole('button', { name: 'Show the library' })).toHaveAttribute('aria-expanded', 'false')
  await page.screenshot({ path: join(screenshots, 'side-panes-library-collapsed.png') })
  // Ctrl+B brings it back, at its width, with the keyboard in its list.
  await page.keyboard.press('ControlOrMeta+b')
  await expect(library(page)).toBeFocused()
  await expect(page.getByRole('button', { name: 'Hide the library' })).toHaveAttribute('aria-expanded', 'true')
  await expect(libraryDivider).toHaveAttribute('aria-valuenow', '352')

  // Ctrl+Alt+B collapses the sidebar (focus was in the library: it stays there), the strip's button opens it.
  await page.keyboard.press('ControlOrMeta+Alt+b')
  await expect(sidebar(page)).toBeHidden()
  await expect(library(page)).toBeFocused()
  await page.getByRole('button', { name: 'Show the annotations' }).click()
  await expect(sidebar(page)).toBeVisible()
  await expect(sidebar(page).getByRole('tab', { selected: true })).toBeFocused()
  // Collapsed from inside it, the keyboard goes to the reader.
  await page.keyboard.press('ControlOrMeta+Alt+b')
  await expect(sidebar(page)).toBeHidden()
  await expect(reader(page)).toBeFocused()
  await expectAccessible(page, 'the reader with the sidebar collapsed')

  // Kept through a reload: the library's width, the sidebar collapsed (at 1,600 px, where it would be open).
  await page.waitForTimeout(1200) // saved a moment after the last change
  await page.reload()
  await expect(reader(page).getByRole('heading', { level: 1 })).toContainText(NHANDAN)
  await expect(page.getByRole('separator', { name: 'Width of the library' })).toHaveAttribute('aria-valuenow', '352')
  await expect(page.getByRole('button', { name: 'Show the annotations' })).toBeVisible()
  await expect(sidebar(page)).toBeHidden()
  await page.getByRole('button', { name: 'Show the annotations' }).click()
  await expect(page.getByRole('separator', { name: 'Width of the annotations sidebar' })).toHaveAttribute(
    'aria-valuenow',
    '200'
  )
  // A double click puts a divider back at the usual width.
  await page.getByRole('separator', { name: 'Width of the library' }).dblclick()
  await expect(page.getByRole('separator', { name: 'Width of the library' })).toHaveAttribute('aria-valuenow', '320')
  await page.getByRole('separator', { name: 'Width of the annotations sidebar' }).dblclick()
  await page.waitForTimeout(1200)
  expect(problems).toEqual([])
})

test('dragging the library’s divider resizes it', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(host().url)
  const divider = page.getByRole('separator', { name: 'Width of the library' })
  const box = (await divider.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 200)
  await page.mouse.down()
  await page.mouse.move(box.x + 80, box.y + 200, { steps: 5 })
  await page.mouse.up()
  await expect.poll(async () => Number(await divider.getAttribute('aria-valuenow'))).toBeGreaterThan(380)
  await divider.dblclick()
  await expect(divider).toHaveAttribute('aria-valuenow', '320')
  // The Documents view covers the library's column: its edge gives way, and comes back after.
  await page.keyboard.press('ControlOrMeta+Shift+D')
  await expect(divider).toBeHidden()
  await page.keyboard.press('ControlOrMeta+Shift+D')
  await expect(divider).toBeVisible()
})

/** Picks a setting in the Settings dialog (Ctrl+,) by the radio's name; `saved` is "Saved" in the dialog's language. */
async function chooseSetting(page: Page, radio: string, dialogName: string, saved: string) {
  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: dialogName })
  const choice = dialog.getByRole('radio', { name: radio, exact: true })
  if (!(await choice.isChecked())) {
    await choice.check()
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(saved)
  }
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

test('screenshots: 800, 1,024 and 1,600 px, light and dark, English and Thai', async ({ page }) => {
  test.setTimeout(90_000) // twelve screenshots and two accessibility checks
  await page.setViewportSize({ width: 1600, height: 900 })
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  const shoot = async (name: string) => {
    for (const windowWidth of [1600, 1024, 800]) {
      await page.setViewportSize({ width: windowWidth, height: 860 })
      await page.waitForTimeout(150)
      await page.screenshot({ path: join(screenshots, `side-panes-${name}-${windowWidth}.png`) })
    }
    await page.setViewportSize({ width: 1600, height: 900 })
  }
  await shoot('en-light')
  await chooseSetting(page, 'Dark', 'Settings', 'Saved')
  await shoot('en-dark')
  await expectAccessible(page, 'the side panes in the dark theme')
  await chooseSetting(page, 'ไทย', 'Settings', 'บันทึกแล้ว')
  await expect(page.locator('html')).toHaveAttribute('lang', 'th')
  await shoot('th-dark')
  await chooseSetting(page, 'สว่าง', 'การตั้งค่า', 'บันทึกแล้ว')
  await shoot('th-light')
  await expectAccessible(page, 'the side panes in Thai')
  // Back to English for any spec that follows in this data folder.
  await chooseSetting(page, 'English', 'การตั้งค่า', 'Saved')
})
