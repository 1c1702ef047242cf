import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

// Two bundled articles, by the start of their titles.
const NHANDAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
const LANGSON = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const host = hostForSpec()

const first = (page: Page) => page.getByRole('main', { name: 'Reader' })
const second = (page: Page) => page.getByRole('main', { name: 'Second pane' })
const row = (page: Page, title: string) =>
  page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title })
const left = async (page: Page, pane: ReturnType<typeof first>) => (await pane.boundingBox())?.x ?? -1

test('two articles side by side: open beside, resize, swap, survive a reload, close one', async ({ page }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  await expect(second(page)).toHaveCount(0)

  // Ctrl+click opens beside; the first pane keeps its article, and the sidebar follows the new pane.
  await row(page, LANGSON).click({ modifiers: ['ControlOrMeta'] })
  await expect(second(page).getByRole('heading', { level: 1 })).toContainText(LANGSON)
  await expect(first(page).getByRole('heading', { level: 1 })).toContainText(NHANDAN)
  expect(await left(page, first(page))).toBeLessThan(await left(page, second(page)))
  await page.screenshot({ path: join(screenshots, 'panes-side-by-side.png') })

  // The divider, from the keyboard: 50 % → 60 %, and the left pane grows.
  const before = (await first(page).boundingBox())?.width ?? 0
  const divider = page.getByRole('separator', { name: 'Width of the two readers' })
  await divider.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(divider).toHaveAttribute('aria-valuenow', '60')
  expect((await first(page).boundingBox())?.width ?? 0).toBeGreaterThan(before + 40)

  // Read the first pane some way down, then swap: the panes trade sides, neither reloads.
  await first(page).evaluate((element) => (element.scrollTop = 600))
  await page.waitForTimeout(500) // the place is noted once scrolling rests
  await page.keyboard.press('ControlOrMeta+Shift+Backslash')
  await expect.poll(async () => (await left(page, second(page))) < (await left(page, first(page)))).toBe(true)
  expect(await first(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(500)

  // A reload brings back both articles, the order (the swapped one: LANGSON on the left, now in the
  // first pane), the divider and the place read to.
  await page.waitForTimeout(1200) // saved a moment after the last change
  await page.reload()
  await expect(first(page).getByRole('heading', { level: 1 })).toContainText(LANGSON)
  await expect(second(page).getByRole('heading', { level: 1 })).toContainText(NHANDAN)
  expect(await left(page, first(page))).toBeLessThan(await left(page, second(page)))
  await expect(page.getByRole('separator', { name: 'Width of the two readers' })).toHaveAttribute('aria-valuenow', '60')
  await expect.poll(() => second(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(400)

  // Ctrl+Alt+\ closes the pane in use; the other one stays, with its article.
  await first(page).getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('ControlOrMeta+Alt+Backslash')
  await expect(first(page)).toHaveCount(0)
  await expect(second(page).getByRole('heading', { level: 1 })).toContainText(NHANDAN)
  // And the next launch shows that one pane alone.
  await page.waitForTimeout(1200)
  await page.reload()
  await expect(first(page).getByRole('heading', { level: 1 })).toContainText(NHANDAN)
  await expect(second(page)).toHaveCount(0)
  expect(problems).toEqual([])
})

test('Ctrl+\\ opens an empty second pane that says how to fill it, and F6 goes between the panes', async ({ page }) => {
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  await page.keyboard.press('ControlOrMeta+Backslash')
  await expect(second(page)).toContainText('Open an article here')
  await expect(second(page)).toBeFocused()
  await page.keyboard.press('F6')
  await expect(first(page)).toBeFocused()
  // Keys of the pane in use act there only: find opens in the first pane, not in both.
  await page.keyboard.press('ControlOrMeta+f')
  await expect(first(page).getByRole('search', { name: 'Find in article' })).toHaveCount(1)
  await expect(second(page).getByRole('search', { name: 'Find in article' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await page.keyboard.press('F6')
  await page.keyboard.press('ControlOrMeta+Alt+Backslash')
  await expect(second(page)).toHaveCount(0)
})
