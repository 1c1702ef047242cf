// The Export dialog in Chromium (web mode), on the Thai samples: a highlight tagged and noted in
// the reader, then every format the dialog offers exported as a download and read back (its name,
// a byte-order mark for CSV, the W3C JSON parsed, the zip's magic number for .qdpx); the W3C file
// imported into a fresh data folder, where the highlight comes back in the open article by itself;
// and the dialog's keyboard: Ctrl+Shift+E in, Escape out, focus back where it was.
// Screenshots in /tmp/export-shots/ (dialog.png, import.png).
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { startTestHost, type TestHost } from '../support/test-host'
import { selectPassage } from './select-passage'

const SHOTS = '/tmp/export-shots'
const TITLE = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const TAG = 'ปฏิรูปเครื่องมือ'
const NOTE = 'เทียบกับมติ 18-NQ/TW: ความต่อเนื่องของนวัตกรรม'

test.describe.configure({ mode: 'serial' })
let host: TestHost
/** What the first test made and exported, for the import into a fresh folder. */
let quote = ''
let w3cFile = ''

test.beforeAll(async () => {
  host = await startTestHost()
  await mkdir(SHOTS, { recursive: true })
})
test.afterAll(async () => {
  await host.stop()
})

const dialogOf = (page: Page): Locator => page.getByRole('dialog', { name: 'Export and import' })
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

/** Every format the web host writes, with the extension its download's name must end in. */
const FORMATS = [
  ['md', '.md'],
  ['csv', '.csv'],
  ['w3c', '.jsonld'],
  ['html', '.html'],
  ['qdpx', '.qdpx'],
  ['qdc', '.qdc'],
  ['themes-csv', '.csv'],
  ['documents-csv', '.csv']
] as const

test('export each format from the dialog and read each download back', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(host.url)
  await openArticle(page, TITLE)

  // A highlight tagged with a new Thai tag, then given a Thai note on its card.
  await selectPassage(page.locator('main.reader'), 'ภายหลังจาก', 'นวัตกรรม')
  await page.getByRole('button', { name: 'Tag…' }).click()
  await page.getByLabel('Tag name').fill(TAG)
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Save tags' }).click()
  const card = sidebar(page).locator('.annotation-card')
  await expect(card).toHaveCount(1)
  await card.getByRole('button', { name: 'Note' }).click()
  await sidebar(page).getByLabel('Note').fill(NOTE)
  await page.keyboard.press('Control+Enter')
  await expect(sidebar(page).locator('.note')).toHaveText(NOTE)
  quote = (await page.locator('main.reader .article-text .hl').textContent()) ?? ''
  expect(quote).toContain('ภายหลังจาก')

  await page.locator('main.reader .article-text').click()
  await page.keyboard.press('Control+Shift+E')
  const dialog = dialogOf(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked()
  const preview = dialog.getByRole('region', { name: 'Preview' })

  for (const [format, extension] of FORMATS) {
    await dialog.getByLabel('Format', { exact: true }).selectOption(format)
    await expect(preview.locator('.export-file-name')).toContainText(extension)
    await expect(preview).toHaveAttribute('aria-busy', 'false')
    await expect(preview.locator('.export-counts')).toContainText('1 article · 1 highlight')
    if (format === 'md') {
      const lines = preview.locator('.export-lines')
      await expect(lines).toContainText(quote)
      // The box scrolled to the quote, for the screenshot (the front matter comes first).
      await lines.evaluate((box, quote) => {
        const at = (box.textContent ?? '').split('\n').findIndex((line) => line.includes(quote))
        box.scrollTop = Math.max(0, at - 3) * parseFloat(getComputedStyle(box).lineHeight)
      }, quote)
      await page.screenshot({ path: join(SHOTS, 'dialog.png') })
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click()
    ])
    expect(download.suggestedFilename().endsWith(extension), download.suggestedFilename()).toBe(true)
    await expect(dialog.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(extension)
    const path = await download.path()
    const bytes = await readFile(path)
    const text = bytes.toString('utf8')
    if (format === 'qdpx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
    else if (format === 'qdc') expect(text).toContain(TAG)
    else if (format === 'themes-csv' || format === 'documents-csv') {
      expect(text.startsWith('\uFEFF')).toBe(true)
      expect(text).toContain(TITLE)
    } else if (format === 'w3c') {
      w3cFile = join(SHOTS, 'exported.jsonld')
      await download.saveAs(w3cFile)
      const collection = JSON.parse(text) as { type: string; first: { items: unknown[] } }
      expect(collection.type).toBe('AnnotationCollection')
      expect(collection.first.items).toHaveLength(1)
      const annotation = JSON.stringify(collection.first.items[0])
      expect(annotation).toContain(quote)
      expect(annotation).toContain(NOTE)
    } else {
      if (format === 'csv') expect(text.startsWith('\uFEFF')).toBe(true)
      expect(text).toContain(quote)
    }
  }

  // A tag as the scope: the tag's highlights across the library. The choice outlives the dialog.
  await dialog.getByLabel('Format', { exact: true }).selectOption('md')
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption({ label: TAG })
  await expect(dialog.getByRole('radio', { name: 'Highlights with the tag' })).toBeChecked()
  await expect(preview.locator('.export-file-name')).toContainText(TAG)
  await expect(preview.locator('.export-counts')).toContainText('1 article · 1 highlight')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByRole('radio', { name: 'Highlights with the tag' })).toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Tag' })).toHaveValue(/.+/)
  await page.keyboard.press('Escape')
})

test('the W3C file imported into a fresh data folder brings the highlight back in the open article', async ({
  page
}) => {
  test.skip(w3cFile === '', 'needs the W3C file the first test exports')
  const fresh = await startTestHost()
  try {
    await page.goto(fresh.url)
    await openArticle(page, TITLE)
    await expect(page.locator('main.reader .article-text .hl')).toHaveCount(0)
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = dialogOf(page)
    // Nothing is annotated here yet: the preview says so, and there is nothing to export.
    await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText('No highlights in this scope yet')
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled()

    await dialog.getByRole('tab', { name: 'Import' }).click()
    // A file that is not annotations: a sentence says so, and nothing is added.
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "Annotation", "target": ')
    })
    await expect(dialog.getByRole('status').locator('.error')).toContainText('notes.json')
    await dialog.getByLabel('File to import').setInputFiles(w3cFile)
    await expect(dialog.getByRole('status')).toContainText('1 annotation added, 0 updated, 0 unchanged')
    await expect(dialog.getByRole('status')).toContainText('1 tag added')
    await page.screenshot({ path: join(SHOTS, 'import.png') })
    // The same file again: ids merge, nothing doubles.
    await dialog.getByLabel('File to import').setInputFiles(w3cFile)
    await expect(dialog.getByRole('status')).toContainText('0 annotations added, 0 updated, 1 unchanged')

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    // Back in the open article without a reload: main's change events refreshed it.
    await expect(page.locator('main.reader .article-text .hl')).toHaveText(quote)
    await expect(sidebar(page).locator('.annotation-card .quote')).toContainText(quote.slice(0, 10))
    await expect(sidebar(page).locator('.note')).toHaveText(NOTE)
    await expect(sidebar(page).locator('.tag', { hasText: TAG })).toHaveCount(1)
  } finally {
    await fresh.stop()
  }
})

test('Ctrl+Shift+E opens the dialog with focus inside; Escape closes it and focus goes back', async ({ page }) => {
  await page.goto(host.url)
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.click()
  await page.keyboard.press('Control+Shift+E')
  const dialog = dialogOf(page)
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('Format', { exact: true })).toBeFocused()
  // An app shortcut typed in the dialog does nothing behind it (Ctrl+Shift+M opens the themes view).
  await page.keyboard.press('Control+Shift+M')
  await expect(page.locator('.overview')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(search).toBeFocused()
})
