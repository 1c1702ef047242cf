// Reading comfort in Chromium (web mode): Ctrl+, opens the Settings dialog; a larger font and the
// dark theme show in the reader at once and are still there after a reload (read from the data
// folder's reading-settings.json, not from the browser); the 'system' theme follows the system's
// dark setting as it changes; at 1,024 and 800 px wide the reader is wider than the annotations
// pane and sets a Thai paragraph many words to a line. Screenshots of light, sepia and dark at
// 1,600 and 1,024 px in /tmp/shots/reading-*.png.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec } from '../support/spec-host'
import { selectPassage } from './select-passage'
import { charactersPerLine } from './characters-per-line'

test.describe.configure({ mode: 'serial' })
const host = hostForSpec()
const SHOTS = '/tmp/shots'
const NHANDAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Settings' })
const articleText = (page: Page) => page.getByRole('main', { name: 'Reader' }).locator('.article-text')
const rootStyle = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement)
    return { theme: document.documentElement.dataset.theme, background: style.backgroundColor }
  })
const textStyle = (page: Page) =>
  articleText(page).evaluate((element) => {
    const style = getComputedStyle(element)
    return { fontSize: style.fontSize, color: style.color, lineHeight: style.lineHeight }
  })

/** Opens the dialog with Ctrl+, and picks a colour theme by its label. */
async function chooseTheme(page: Page, label: string) {
  await page.keyboard.press('Control+,')
  const dialog = dialogOf(page)
  const radio = dialog.getByRole('radio', { name: label, exact: true })
  const already = await radio.isChecked()
  await radio.check()
  if (!already) await expect(dialog.getByRole('status')).toHaveText('Saved')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
})

test('the system theme follows the system’s dark setting, and its changes, live', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  await expect.poll(async () => (await rootStyle(page)).theme).toBe('dark')
  expect((await rootStyle(page)).background).toBe('rgb(29, 28, 26)')
  expect((await textStyle(page)).color).toBe('rgb(230, 225, 214)')
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(async () => (await rootStyle(page)).theme).toBe('light')
  expect((await rootStyle(page)).background).toBe('rgb(247, 245, 240)')
})

test('Ctrl+, opens the settings; a larger font and the dark theme apply at once and survive a reload', async ({
  page
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  const before = await textStyle(page)
  expect(before.fontSize).toBe('18px')
  const lightBackground = (await rootStyle(page)).background

  await articleText(page).focus()
  await page.keyboard.press('Control+,')
  const dialog = dialogOf(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'Font' })).toBeFocused()
  // The size slider, from the keyboard: six steps of a pixel.
  const size = dialog.getByRole('slider', { name: 'Size' })
  await size.focus()
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight')
  await expect(size).toHaveAttribute('aria-valuetext', '24 px')
  await dialog.getByRole('radio', { name: 'Dark', exact: true }).check()
  // Applied behind the dialog at once, before any save.
  expect((await textStyle(page)).fontSize).toBe('24px')
  expect((await rootStyle(page)).background).not.toBe(lightBackground)
  await expect(dialog.getByRole('status')).toHaveText('Saved')
  await page.screenshot({ path: join(SHOTS, 'reading-dialog-dark.png') })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(articleText(page)).toBeFocused()

  const after = await textStyle(page)
  expect(after.fontSize).toBe('24px')
  expect(after.color).toBe('rgb(230, 225, 214)')
  expect((await rootStyle(page)).background).toBe('rgb(29, 28, 26)')

  // Kept in the data folder, and read from there: the browser's own copy is wiped before the reload.
  const saved = JSON.parse(await readFile(join(host().dataDir, 'reading-settings.json'), 'utf8'))
  expect(saved).toMatchObject({ fontSize: 24, theme: 'dark' })
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  await openArticle(page, NHANDAN)
  await expect.poll(async () => (await textStyle(page)).fontSize).toBe('24px')
  expect((await rootStyle(page)).theme).toBe('dark')

  // Back to the defaults for the tests after this one.
  await page.keyboard.press('Control+,')
  await dialogOf(page).getByRole('button', { name: 'Back to the defaults' }).click()
  await expect(dialogOf(page).getByRole('status')).toHaveText('Saved')
  await page.keyboard.press('Escape')
  expect((await textStyle(page)).fontSize).toBe('18px')
})

test('the top bar’s Settings button opens it too; an installed Thai font applies; it leads to the shortcut sheet', async ({
  page
}) => {
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = dialogOf(page)
  const font = dialog.getByRole('combobox', { name: 'Font' })
  // Installed on this machine (fonts-noto-core, fonts-thai-tlwg): offered, not marked missing.
  await expect(font.getByRole('option', { name: 'Noto Serif Thai', exact: true })).toBeEnabled()
  await expect(font.getByRole('option', { name: 'Loma', exact: true })).toBeEnabled()
  await font.selectOption('Noto Serif Thai')
  const family = () => articleText(page).evaluate((element) => getComputedStyle(element).fontFamily)
  expect(await family()).toMatch(/^"Noto Serif Thai"/)
  await dialog.getByRole('button', { name: 'Back to the defaults' }).click()
  expect(await family()).toMatch(/^Sarabun/)
  await expect(dialog.getByRole('status')).toHaveText('Saved')

  await dialog.getByRole('button', { name: 'Keyboard shortcuts…' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('Escape')
})

for (const width of [1024, 800]) {
  test(`at ${width} px the reader is wider than the annotations and sets many Thai words to a line`, async ({
    page
  }) => {
    await page.setViewportSize({ width, height: 860 })
    await page.goto(host().url)
    await openArticle(page, NHANDAN)
    const perLine = await charactersPerLine(page)
    expect(perLine).toBeGreaterThan(40)
    // Below 900 px the sidebar starts collapsed (side-panes.spec.ts); opened, it still leaves the reader more room.
    if (width < 900) await page.getByRole('button', { name: 'Show the annotations' }).click()
    const reader = await page.getByRole('main', { name: 'Reader' }).boundingBox()
    const sidebar = await page.getByRole('complementary', { name: 'Annotations' }).boundingBox()
    expect(reader?.width ?? 0).toBeGreaterThan(sidebar?.width ?? Infinity)
    await page.screenshot({ path: join(SHOTS, `reading-layout-${width}.png`) })
  })
}

/** Passages of the first paragraph, highlighted in colours 1–6, for the screenshots. */
const PASSAGES = ['สำนักงานพรรคกลาง', 'ยืนยันตำแหน่ง', 'องค์กรที่ปรึกษา', 'ผู้นำและกำหนดทิศทาง', 'กรมการเมือง', 'สำนักงานเลขาธิการ']

test('screenshots: light, sepia and dark at 1,600 and 1,024 px, with a highlight of each colour', async ({ page }) => {
  for (const width of [1600, 1024]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(host().url)
    await openArticle(page, NHANDAN)
    const reader = page.getByRole('main', { name: 'Reader' })
    if (width === 1600) {
      for (const [index, passage] of PASSAGES.entries()) {
        await selectPassage(reader, passage, passage)
        await page.keyboard.press(String(index + 1))
        await expect(reader.locator('.hl')).toHaveCount(index + 1)
      }
      // Each highlight is named on hover, not told by its colour alone.
      await expect(reader.locator('.hl-green')).toHaveAttribute('title', 'Green highlight')
    }
    for (const [label, theme] of [
      ['Light', 'light'],
      ['Sepia', 'sepia'],
      ['Dark', 'dark']
    ] as const) {
      await chooseTheme(page, label)
      expect((await rootStyle(page)).theme).toBe(theme)
      await page.screenshot({ path: join(SHOTS, `reading-${theme}-${width}.png`) })
    }
  }
})

test('the dark theme reaches the other screens: shortcut sheet, export dialog, documents and themes views', async ({
  page
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  await chooseTheme(page, 'Dark')
  const paperOf = (name: string) =>
    page.getByRole('dialog', { name }).evaluate((element) => getComputedStyle(element).backgroundColor)

  await page.keyboard.press('F1')
  expect(await paperOf('Keyboard shortcuts')).toBe('rgb(29, 28, 26)')
  await page.screenshot({ path: join(SHOTS, 'reading-dark-shortcuts.png') })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Shift+E')
  expect(await paperOf('Export and import')).toBe('rgb(29, 28, 26)')
  await page.screenshot({ path: join(SHOTS, 'reading-dark-export.png') })
  await page.keyboard.press('Escape')
  await page.keyboard.press('Control+Shift+D')
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(SHOTS, 'reading-dark-documents.png') })
  await page.keyboard.press('Control+Shift+M')
  await page.waitForTimeout(800)
  await page.screenshot({ path: join(SHOTS, 'reading-dark-themes.png') })
})

/** axe-core's WCAG A and AA rules (colour contrast among them): the serious and critical findings. */
async function graveViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('the dialog and the reader pass the accessibility check, contrast included, in every theme', async ({ page }) => {
  test.setTimeout(120_000) // six axe runs, a few seconds each on a shared machine
  await page.goto(host().url)
  await openArticle(page, NHANDAN)
  for (const label of ['Light', 'Sepia', 'Dark']) {
    await page.keyboard.press('Control+,')
    await dialogOf(page).getByRole('radio', { name: label, exact: true }).check()
    expect(await graveViolations(page), `${label}, the dialog open`).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialogOf(page)).toBeHidden()
    expect(await graveViolations(page), `${label}, the reader`).toEqual([])
  }
})
