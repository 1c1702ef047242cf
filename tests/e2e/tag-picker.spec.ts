// The tag picker as a keyboard user meets it (issue 15): typing half a Thai tag name lists the
// codebook's matches, ↓ and Enter pick an existing tag without creating a stray one from the
// half-typed text, and a new tag is made only by choosing "Create tag …". The combobox's ARIA
// (expanded, active descendant, selected option) is checked as assistive technology reads it.
// Screenshots of the open list with Thai tags: /tmp/tag-picker.png (the picker alone, -close.png; on a card, -card.png).
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec } from '../support/spec-host'
import { selectPassage } from './select-passage'

const host = hostForSpec()
const TITLE = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
// Administrative reform, economic reform, land reform: "ปฏิรูป" (reform) starts the first two and is
// inside the third.
const CODEBOOK = ['ปฏิรูปการบริหาร', 'ปฏิรูปเศรษฐกิจ', 'การปฏิรูปที่ดิน']

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const codebookTab = (page: Page) => sidebar(page).getByRole('tab', { name: /Codebook/ })
const picker = (page: Page) => page.getByRole('combobox', { name: 'Tag name' })
const options = (page: Page) => page.getByRole('listbox', { name: 'Matching tags' }).getByRole('option')

test('↓ and Enter pick an existing tag; a new one only by choosing "Create tag …"', async ({ page }) => {
  await page.goto(host().url)
  await codebookTab(page).click()
  for (const name of CODEBOOK) {
    await sidebar(page).getByLabel('New tag name').fill(name)
    await sidebar(page).getByRole('button', { name: 'Add tag' }).click()
  }
  await expect(codebookTab(page)).toHaveText('Codebook (3)')
  await sidebar(page).getByRole('tab', { name: 'Annotations' }).click()
  await openArticle(page, TITLE)

  // Half a name: the matches, names starting with it first, then the explicit create option.
  await selectPassage(page.locator('main.reader'), 'ภายหลังจาก', 'นวัตกรรม')
  await page.keyboard.press('t')
  await expect(picker(page)).toBeFocused()
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'false')
  await picker(page).pressSequentially('ปฏิรูป')
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'true')
  const names = await options(page).allTextContents()
  expect(names.slice(0, 2).sort()).toEqual(CODEBOOK.slice(0, 2).sort())
  expect(names.slice(2)).toEqual(['การปฏิรูปที่ดิน', 'Create tag “ปฏิรูป”'])
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.screenshot({ path: '/tmp/tag-picker.png' })
  await page.locator('.tag-picker').screenshot({ path: '/tmp/tag-picker-close.png', scale: 'device' })

  // ↓ moves the highlight (the field points at it); Enter picks that existing tag.
  await page.keyboard.press('ArrowDown')
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'false')
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true')
  const secondId = await options(page).nth(1).getAttribute('id')
  await expect(picker(page)).toHaveAttribute('aria-activedescendant', secondId ?? '')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: `Remove tag ${names[1]}` })).toBeVisible()
  await expect(picker(page)).toHaveValue('')
  await page.keyboard.press('Control+Enter')
  const cards = sidebar(page).locator('.annotation-card')
  await expect(cards).toHaveCount(1)
  await expect(cards.first().locator('.tag')).toHaveText([names[1]!])
  await expect(codebookTab(page)).toHaveText('Codebook (3)') // no stray "ปฏิรูป"

  // A new name that an existing tag starts with: the existing tag is highlighted first, so Enter
  // alone would not create; Escape closes the list only, ↓ reopens it, ↓ reaches "Create tag …".
  await selectPassage(page.locator('main.reader'), 'หลังจากสรุปมติ', 'คณะกรรมการกลาง')
  await page.keyboard.press('t')
  await picker(page).pressSequentially('การปฏิรูป')
  await expect(options(page)).toHaveText(['การปฏิรูปที่ดิน', 'Create tag “การปฏิรูป”'])
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(picker(page)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Remove new tag การปฏิรูป' })).toBeVisible()
  await page.keyboard.press('Control+Enter')
  await expect(cards).toHaveCount(2)
  await expect(sidebar(page).locator('.annotation-card .tag', { hasText: /^การปฏิรูป$/ })).toHaveCount(1)
  await expect(codebookTab(page)).toHaveText('Codebook (4)')

  // A tag already on a highlight is shown as such, and a second Escape leaves the picker.
  const first = cards.filter({ has: page.locator('.tag', { hasText: names[1]! }) })
  await first.locator('.quote').click()
  await first.getByRole('button', { name: 'Tags' }).click()
  await picker(page).pressSequentially('ปฏิรูป')
  await expect(options(page).filter({ hasText: names[1]! })).toHaveAttribute('aria-disabled', 'true')
  await expect(options(page).filter({ hasText: names[1]! })).toContainText('on this highlight')
  await sidebar(page).screenshot({ path: '/tmp/tag-picker-card.png' })
  // A click on an option does what Enter on it does.
  await options(page).filter({ hasText: 'การปฏิรูปที่ดิน' }).click()
  await expect(page.getByRole('button', { name: 'Remove tag การปฏิรูปที่ดิน' })).toBeVisible()
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'false')
  await picker(page).pressSequentially('ปฏิ')
  await page.keyboard.press('Escape')
  await expect(picker(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(picker(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(picker(page)).toBeHidden()
  await expect(first.locator('.tag')).toHaveText([names[1]!]) // left without saving
})
