// The theme editor, as a researcher uses it beside an open article: a cue added to a theme makes
// that theme the article's in the About tab, with the cue as its evidence, without a relaunch;
// removed again (Delete on the focused cue), the theme is faint again; a new theme with one cue
// shows for the article that holds it, until all is reset to the shipped ontology. The editor opens
// from the Themes heading and from a theme.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
const PARTY = 'การสร้างพรรคและองค์กรพรรคระดับรากหญ้า' // party building: faint cues only in this article
const CUE = 'สำนักงานคณะกรรมการพรรค' // "the party committee office", in most of its paragraphs
const REFORM = 'การปฏิรูปการบริหาร วินัย และการบริการสาธารณะ'
const ADVICE = 'คำปรึกษา'
const NEW_THEME = 'งานให้คำปรึกษา'
const host = hostForSpec()

const about = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const editor = (page: Page) => page.getByRole('region', { name: 'Theme editor' })
/** A theme shown as the article's (not folded among the faint ones). */
const shownTheme = (page: Page, label: string) =>
  about(page).getByRole('region', { name: 'Themes' }).locator(':scope > ol > li.theme-item').filter({ hasText: label })
const editorTheme = (page: Page, label: string) => editor(page).locator('li.editor-theme').filter({ hasText: label })

test('edits cues and themes beside the article, and the About tab follows without a relaunch', async ({ page }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openArticle(page, TITLE)
  await about(page).getByRole('tab', { name: 'About' }).click()
  await expect(about(page).getByRole('heading', { name: /Documents cited/ })).toBeVisible({ timeout: 30_000 })
  await expect(shownTheme(page, PARTY)).toHaveCount(0)

  // From the Themes heading: every theme, none yet the user's.
  await about(page).getByRole('button', { name: 'Edit themes…' }).click()
  await expect(editor(page)).toBeVisible()
  await expect(editor(page).locator('li.editor-theme')).toHaveCount(10)
  await editorTheme(page, PARTY).getByRole('button', { expanded: false }).click()
  const party = editorTheme(page, PARTY)
  await party.getByRole('textbox', { name: 'New cue: a word or phrase' }).fill(CUE)
  await party.getByRole('textbox', { name: 'New cue: a word or phrase' }).press('Enter')
  const added = party
    .getByRole('list', { name: /Cues of/ })
    .getByRole('listitem')
    .filter({ hasText: CUE })
  await expect(added).toContainText('yours')
  await expect(party.getByRole('status')).toContainText('is a cue of this theme now')

  // The About tab beside it: party building is the article's now, with the new cue as evidence.
  await expect(shownTheme(page, PARTY)).toContainText('Suggested', { timeout: 15_000 })
  await expect(shownTheme(page, PARTY).locator('.theme-cues')).toContainText(CUE)
  await page.screenshot({ path: join(screenshots, 'theme-editor.png') })

  // Delete on the focused cue removes it; the theme is faint again.
  await added.focus()
  await added.press('Delete')
  await expect(party.getByRole('list', { name: /Cues of/ })).not.toContainText(CUE)
  await expect(shownTheme(page, PARTY)).toHaveCount(0, { timeout: 15_000 })

  // A new theme with one cue: the article holding the cue carries it.
  await editor(page).getByRole('button', { name: '+ New theme' }).click()
  const form = editor(page).getByRole('form', { name: 'New theme' })
  await form.getByRole('textbox', { name: 'Thai label' }).fill(NEW_THEME)
  await form.getByRole('textbox', { name: /English label/ }).fill('Advisory work')
  await form.getByRole('textbox', { name: 'First cue: a word or phrase' }).fill(ADVICE)
  await form.getByRole('textbox', { name: 'First cue: a word or phrase' }).press('Enter')
  const mine = editorTheme(page, NEW_THEME)
  await expect(mine).toContainText('Your theme')
  await expect(mine).toContainText('advisory-work')
  await expect(shownTheme(page, NEW_THEME)).toContainText('Suggested', { timeout: 15_000 })
  await expect(shownTheme(page, NEW_THEME)).toContainText('Advisory work')
  await expect(shownTheme(page, NEW_THEME).locator('.theme-cues')).toContainText(ADVICE)
  await page.screenshot({ path: join(screenshots, 'theme-editor-new-theme.png') })

  // Esc closes it; a theme's own link opens it on that theme, its new-cue field ready.
  await page.keyboard.press('Escape')
  await expect(editor(page)).toHaveCount(0)
  await expect(page.getByRole('listbox', { name: 'Articles' })).toBeVisible()
  await shownTheme(page, REFORM)
    .getByRole('button', { name: /Edit this theme’s cues/ })
    .click()
  await expect(editorTheme(page, REFORM).getByRole('textbox', { name: 'New cue: a word or phrase' })).toBeFocused()

  // Reset all: the user's theme goes from the editor and the article; the keyboard stays in the editor.
  await editor(page).getByRole('button', { name: 'Reset all to shipped…' }).click()
  await editor(page).getByRole('button', { name: 'Reset all', exact: true }).click()
  await expect(editorTheme(page, NEW_THEME)).toHaveCount(0)
  await expect(shownTheme(page, NEW_THEME)).toHaveCount(0, { timeout: 15_000 })
  await page.keyboard.press('Escape')
  await expect(editor(page)).toHaveCount(0)
  expect(problems).toEqual([])
})
