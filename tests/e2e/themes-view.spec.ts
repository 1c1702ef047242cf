// The themes view as a researcher uses it, on the bundled Thai samples: the matrix of articles by
// themes, one theme confirmed and another rejected from the keyboard (the cells follow main's
// change event; Ctrl+Z takes the last back), a cell's evidence opened in the reader, the matrix
// exported as CSV (BOM, Thai), the timeline drawn, a point's articles listed, SVG and PNG saved.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Download, type Page } from '@playwright/test'
import { hostForSpec, screenshots } from '../support/spec-host'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
const host = hostForSpec()

const view = (page: Page) => page.getByRole('region', { name: 'Themes' })
const grid = (page: Page) => view(page).getByRole('grid', { name: 'Articles by theme' })
const articleRow = (page: Page) => grid(page).getByRole('row').filter({ hasText: TITLE })
const shot = (page: Page, name: string) =>
  Promise.all([
    page.screenshot({ path: join(screenshots, `themes-${name}.png`) }),
    page.screenshot({ path: `/tmp/themes-${name}.png` })
  ])

async function openThemes(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Themes' }).click()
  await expect(grid(page)).toBeVisible()
  // The index reads the bundled articles at launch: the matrix is whole once it has.
  await expect(view(page)).toContainText('5 articles', { timeout: 30_000 })
  await expect(view(page)).not.toContainText('not analysed yet', { timeout: 30_000 })
}

async function saved(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view(page)
      .getByRole('group', { name: /^Export/ })
      .getByRole('button', { name: button })
      .click()
  ])
  return { download, bytes: await readFile((await download.path()) as string) }
}

test('confirms and rejects from the matrix, opens evidence, exports CSV, SVG and PNG', async ({ page }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  await page.goto(host().url)
  await openThemes(page)
  await expect(grid(page).getByRole('columnheader').nth(1)).toContainText('ปรับปรุงกลไก')
  await expect(grid(page).locator('.tm-cell[data-shade]:not([data-shade="0"])').first()).toBeVisible()

  // Select the article's first theme cell, confirm it (C); the next to the right, reject it (R).
  const cells = articleRow(page).getByRole('gridcell')
  await cells.nth(0).click()
  await expect(cells.nth(0)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('c')
  await expect(cells.nth(0)).toHaveAttribute('data-verdict', 'confirmed')
  await expect(cells.nth(0)).toHaveText('✓')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('r')
  await expect(cells.nth(1)).toHaveAttribute('data-verdict', 'rejected')
  await expect(cells.nth(1)).toHaveText('✗')
  await expect(view(page).locator('.tm-selected')).toContainText('rejected')
  await shot(page, 'matrix')

  // One Ctrl+Z (the app's, from the grid) takes the rejection back; Delete clears the confirmation.
  await page.keyboard.press('Control+z')
  await expect(cells.nth(1)).not.toHaveAttribute('data-verdict')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Delete')
  await expect(cells.nth(0)).not.toHaveAttribute('data-verdict')
  await page.keyboard.press('c')
  await expect(cells.nth(0)).toHaveAttribute('data-verdict', 'confirmed')

  // Grouped by province as named: the Hải Dương article's group shows its merger.
  await view(page).getByLabel('Group by').selectOption('province')
  await expect(grid(page)).toContainText('ไห่เซือง · Hải Dương (→ Hải Phòng, 2025)')
  await shot(page, 'grouped')
  await view(page).getByLabel('Group by').selectOption('none')

  // CSV: a byte-order mark, the Thai titles, the verdict.
  const csv = await saved(page, 'CSV')
  expect(csv.download.suggestedFilename()).toMatch(/^crossread-themes-matrix-.*\.csv$/)
  const text = csv.bytes.toString('utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff)
  expect(text).toContain(TITLE)
  expect(text).toContain('confirmed')
  const svg = await saved(page, 'SVG')
  expect(svg.bytes.toString('utf8')).toContain('<svg')
  const png = await saved(page, 'PNG')
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  await writeBack('matrix', png.bytes)

  // The timeline: a line a theme, a point's articles, the chart saved.
  await view(page).getByRole('tab', { name: 'Timeline' }).click()
  const points = view(page).locator('circle.tm-point')
  await expect(points.first()).toBeVisible()
  await points.first().click()
  await expect(view(page).locator('.tm-point-list li').first()).toBeVisible()
  await shot(page, 'timeline')
  const chartSvg = await saved(page, 'SVG')
  expect(chartSvg.bytes.toString('utf8')).toContain('visx-linepath')
  const chartPng = await saved(page, 'PNG')
  expect(chartPng.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  await writeBack('timeline', chartPng.bytes)

  // A cell's evidence: the article opens in the reader and the view closes.
  await view(page).getByRole('tab', { name: 'Matrix' }).click()
  const detected = articleRow(page).locator('.tm-cell[data-detected]').first()
  await detected.click()
  await view(page)
    .getByRole('button', { name: /Open evidence/ })
    .click()
  await expect(view(page)).toBeHidden()
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText(TITLE)
  await shot(page, 'evidence')
  expect(problems).toEqual([])
})

test('Esc closes the view; Ctrl+Shift+M opens it again', async ({ page }) => {
  await page.goto(host().url)
  await openThemes(page)
  await page.keyboard.press('Escape')
  await expect(view(page)).toBeHidden()
  await page.keyboard.press('Control+Shift+M')
  await expect(grid(page)).toBeVisible()
})

/** The exported pictures where they can be looked at after the run. */
const writeBack = (what: string, bytes: Buffer) => writeFile(`/tmp/themes-${what}-export.png`, bytes)
