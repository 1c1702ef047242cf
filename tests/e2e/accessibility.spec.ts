// Every screen passes an automated accessibility check (axe-core, WCAG 2.1 AA rules) with no
// serious or critical violation: the library, the reader with annotations, each sidebar tab,
// search results, the documents and themes views, the theme review and editor, the passages view,
// the export dialog and the shortcut sheet (the list of annotations without an article is checked
// in orphans.spec.ts, the settings in reading-settings.spec.ts).
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec } from '../support/spec-host'
import { expectAccessible } from './axe-check'
import { selectPassage } from './select-passage'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
const host = hostForSpec()
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

test.describe.configure({ timeout: 120_000 })

test('the library, the reader and every sidebar tab', async ({ page }) => {
  await page.goto(host().url)
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible()
  await expectAccessible(page, 'the library, nothing open')

  await openArticle(page, TITLE)
  const reader = page.getByRole('main', { name: 'Reader' })
  await selectPassage(reader, 'ตอบสนอง', 'ความต้องการ')
  await expectAccessible(page, 'the annotate toolbar')
  await page.getByRole('button', { name: 'Tag…' }).click()
  await page.getByLabel('Tag name').fill('บริการ')
  await expectAccessible(page, 'the tag picker')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Save tags' }).click()
  await expect(sidebar(page).locator('.annotation-card')).toHaveCount(1)
  await expectAccessible(page, 'the reader with an annotation')

  for (const tab of [/^Links/, /^About/, /^Related/, /^Codebook/]) {
    await sidebar(page).getByRole('tab', { name: tab }).click()
    await expectAccessible(page, `the sidebar's ${tab.source.slice(1)} tab`)
  }
  // The codebook's count opens the tag's passages in the library's place.
  await sidebar(page)
    .getByRole('button', { name: /^1 passage: list them/ })
    .click()
  await expect(page.getByRole('region', { name: 'Passages' })).toBeVisible()
  await expectAccessible(page, 'the passages view')
})

test('search results, the documents and themes views', async ({ page }) => {
  await page.goto(host().url)
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.fill('การปฏิรูป')
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible()
  await expectAccessible(page, 'search results')
  await search.fill('')

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Documents' }).click()
  await expect(page.getByRole('region', { name: /Documents/ }).first()).toBeVisible()
  await expectAccessible(page, 'the documents view')

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Themes' }).click()
  const themes = page.getByRole('region', { name: 'Themes' })
  await expect(themes.getByRole('grid', { name: 'Articles by theme' })).toBeVisible({ timeout: 30_000 })
  await expectAccessible(page, 'the themes matrix')
  await themes.getByRole('tab', { name: 'Timeline' }).click()
  await expectAccessible(page, 'the themes timeline')
})

test('the theme review and editor', async ({ page }) => {
  await page.goto(host().url)
  await openArticle(page, TITLE)
  await sidebar(page).getByRole('tab', { name: 'About' }).click()
  const review = sidebar(page)
    .getByRole('button', { name: /^Review all \d+ articles? with this theme/ })
    .first()
  await expect(review).toBeVisible({ timeout: 30_000 })
  await review.click()
  await expect(page.getByRole('region', { name: 'Theme review' }).getByRole('row').first()).toBeVisible()
  await expectAccessible(page, 'the theme review')
  await page.keyboard.press('Escape')

  await sidebar(page).getByRole('button', { name: 'Edit themes…' }).click()
  await expect(page.getByRole('region', { name: 'Theme editor' })).toBeVisible()
  await expectAccessible(page, 'the theme editor')
})

test('the export dialog, its import tab, and the shortcut sheet', async ({ page }) => {
  await page.goto(host().url)
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Control+Shift+E')
  const dialog = page.getByRole('dialog', { name: /Export/ })
  await expect(dialog).toBeVisible()
  await expectAccessible(page, 'the export dialog')
  await dialog.getByRole('tab', { name: 'Import' }).click()
  await expectAccessible(page, 'the import tab')
  await page.keyboard.press('Escape')

  await page.keyboard.press('F1')
  await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible()
  await expectAccessible(page, 'the shortcut sheet')
})
