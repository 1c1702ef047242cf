// The About tab, as a researcher uses it: the documents an article cites (resolved, with how sure
// the app is), the reform themes it carries with their evidence marked in the text, and a theme
// confirmed and another rejected that survive a reload, and undo like any annotation.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
const DIGITAL = 'วิทยาศาสตร์ เทคโนโลยี นวัตกรรม และการเปลี่ยนแปลงทางดิจิทัล'
const LOCAL = 'การรวมจังหวัดและรัฐบาลท้องถิ่นสองระดับ'
const host = hostForSpec()

const about = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const marks = (page: Page) => page.getByRole('main', { name: 'Reader' }).locator('.article-text .evidence-mark')
const theme = (page: Page, label: string) => about(page).locator('li.theme-item').filter({ hasText: label })

async function openAbout(page: Page) {
  await openArticle(page, TITLE)
  await about(page).getByRole('tab', { name: 'About' }).click()
  // The index reads the bundled articles at launch: the analysis is there once it has.
  await expect(about(page).getByRole('heading', { name: /Documents cited/ })).toBeVisible({ timeout: 30_000 })
}

test("shows the article's documents and themes, marks their evidence, and keeps the user's verdicts", async ({
  page
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openAbout(page)

  // Resolution 57 on science, technology and digital transformation, dated, cited in the text.
  const documents = about(page).getByRole('region', { name: 'Documents cited' })
  await expect(documents.getByRole('heading')).toHaveText('Documents cited (1)')
  const nq57 = documents.getByRole('button').filter({ hasText: '57-NQ/TW' })
  await expect(nq57).toContainText('2024-12-22')
  await expect(nq57).toContainText('The only known document with this code')
  await nq57.click()
  await expect(marks(page).first()).toBeInViewport()
  expect(new Set(await marks(page).allTextContents())).toEqual(new Set(['57-NQ/TW']))

  // The digital theme is suggested; its evidence is its cue words, marked as whole words.
  await expect(theme(page, DIGITAL)).toContainText('Suggested')
  await theme(page, DIGITAL)
    .getByRole('button', { name: /Show its evidence/ })
    .click()
  await expect(marks(page).first()).toBeInViewport()
  const cues = await marks(page).allTextContents()
  expect(cues.length).toBeGreaterThan(3)
  expect(cues.some((cue) => cue.includes('ดิจิทัล'))).toBe(true)
  await page.screenshot({ path: join(screenshots, 'insights-evidence.png') })

  // Confirm one theme and reject another: both stay through a reload (they are on disk in main).
  await theme(page, DIGITAL).getByRole('button', { name: '✓ Confirm' }).click()
  await expect(theme(page, DIGITAL)).toContainText('Confirmed by')
  await theme(page, LOCAL).getByRole('button', { name: '✗ Reject' }).click()
  await expect(theme(page, LOCAL)).toContainText('Rejected by')
  await page.screenshot({ path: join(screenshots, 'insights-verdicts.png') })
  await page.reload()
  await openAbout(page)
  await expect(theme(page, DIGITAL)).toContainText('Confirmed by')
  await expect(theme(page, DIGITAL).getByRole('button', { name: '✓ Confirm' })).toHaveAttribute('aria-pressed', 'true')
  await expect(theme(page, LOCAL)).toContainText('Rejected by')

  // Ctrl+Z undoes the rejection (the last action) and nothing else, and that too is kept.
  await page.locator('body').press('Control+z')
  await expect(theme(page, LOCAL)).toContainText('Suggested')
  await expect(theme(page, DIGITAL)).toContainText('Confirmed by')
  await page.reload()
  await openAbout(page)
  await expect(theme(page, LOCAL)).toContainText('Suggested')
  await expect(theme(page, DIGITAL)).toContainText('Confirmed by')
  expect(problems).toEqual([])
})
