// The same story elsewhere, as a researcher meets it: a folder holding a Nhân dân article, its
// cut-down republication under a new lead, the same story translated again, and another story on
// the same theme. The two copies carry a group mark in the library; the About tab lists the other
// copy with how much text they share; a click opens it beside; "Not the same story" removes the pair and
// the marks, and Ctrl+Z brings them back.
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'
import { repoRoot } from '../support/test-host'

const ORIGINAL = 'บั๊กนิญดำเนินการรัฐบาลท้องถิ่นสองระดับครบหนึ่งเดือน'
const CUT_DOWN = 'ศูนย์บริการบริหารราชการระดับตำบลของบั๊กนิญรับเอกสาร'
const FILES = [
  'nhandan-bacninh-two-tier-month.txt',
  'baobacninh-cut-down-new-lead.txt',
  'baotintuc-bacninh-translated-differently.txt',
  'baoquangninh-same-theme-other-story.txt'
]
const host = hostForSpec()
let corpus: string

test.beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'crossread-copies-'))
  for (const file of FILES) await copyFile(join(repoRoot, 'tests/fixtures/near-duplicates', file), join(corpus, file))
})
test.afterAll(async () => rm(corpus, { recursive: true, force: true }))

const rows = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
const marks = (page: Page) => rows(page).getByRole('img', { name: /copies of this story/ })
const copiesSection = (page: Page) =>
  page.getByRole('complementary', { name: 'Annotations' }).getByRole('region', { name: 'Also published as' })

test('marks the copies of one story, lists the other copy with the text they share, and lets the user dismiss the pair', async ({
  page
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '4 added' })).toBeVisible()

  // The original and its cut-down republication are marked; the retranslation and the other story are not.
  await expect(marks(page)).toHaveCount(2, { timeout: 30_000 })
  await expect(rows(page).filter({ hasText: ORIGINAL }).getByRole('img')).toHaveText('⧉ 2 copies')
  await expect(rows(page).filter({ hasText: CUT_DOWN }).getByRole('img')).toHaveAccessibleName(
    '2 copies of this story: also published as 1 other article'
  )

  await openArticle(page, ORIGINAL)
  await page.getByRole('complementary', { name: 'Annotations' }).getByRole('tab', { name: 'About' }).click()
  await expect(copiesSection(page).getByRole('heading')).toHaveText('Also published as (1)', { timeout: 30_000 })
  const copy = copiesSection(page).getByRole('listitem')
  await expect(copy).toContainText('Báo Bắc Ninh')
  await expect(copy).toContainText('2025')
  await expect(copy).toContainText(CUT_DOWN)
  await expect(copy).toContainText(/Shorter version: contains \d\d% of this article; this article contains \d\d% of it/)
  await copiesSection(page).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshots, 'near-duplicates.png') })

  // A click opens the other copy beside the article, to compare; its About tab lists the original.
  const original = await page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 }).innerText()
  await copy.getByRole('button', { name: /Báo Bắc Ninh/ }).click()
  await expect(page.getByRole('main', { name: 'Second pane' }).getByRole('heading', { level: 1 })).toContainText(
    CUT_DOWN
  )
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(original)
  await expect(copiesSection(page).getByRole('listitem')).toContainText('Báo Nhân dân')
  await expect(copiesSection(page).getByRole('listitem')).toContainText('Longer version')

  // Not the same story: the pair goes, from the About tab and from the library.
  await copiesSection(page).getByRole('button', { name: '✗ Not the same story' }).click()
  await expect(copiesSection(page).getByRole('heading')).toHaveText('Also published as (0)')
  await expect(copiesSection(page)).toContainText('No other copy of this story in the library.')
  await expect(marks(page)).toHaveCount(0)
  await page.screenshot({ path: join(screenshots, 'near-duplicates-dismissed.png') })

  // Ctrl+Z undoes the dismissal like any annotation action.
  await page.locator('body').press('Control+z')
  await expect(marks(page)).toHaveCount(2)
  await expect(copiesSection(page).getByRole('heading')).toHaveText('Also published as (1)')
  expect(problems).toEqual([])
})
