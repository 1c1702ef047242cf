import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { repoRoot, startTestHost, type TestHost } from '../support/test-host'

const screenshots = join(repoRoot, 'test-results/screenshots')
let host: TestHost
let corpus: string

test.beforeAll(async () => {
  host = await startTestHost()
  corpus = await mkdtemp(join(tmpdir(), 'crossread-corpus-'))
  await mkdir(screenshots, { recursive: true })
  await copyFile(
    join(repoRoot, 'tests/fixtures/articles/title-bao-hai-duong-outletdate-doubled.txt'),
    join(corpus, 'hai-duong.txt')
  )
  await copyFile(join(repoRoot, 'tests/fixtures/articles/markdown-heading-title.md'), join(corpus, 'notes.md'))
  await copyFile(
    join(repoRoot, 'tests/fixtures/articles/html-saved-page-nhandan.html'),
    join(corpus, 'saved-page.html')
  )
  await copyFile(join(repoRoot, 'tests/fixtures/articles/not-text-png.txt'), join(corpus, 'photo.txt'))
  await writeFile(join(corpus, 'empty.txt'), '')
  await symlink(join(corpus, 'gone.txt'), join(corpus, 'dangling.txt'))
})
test.afterAll(async () => {
  await host.stop()
  await rm(corpus, { recursive: true, force: true })
})

test('importing a folder lists good articles and each unreadable file with its reason, then follows the folder live', async ({
  page
}) => {
  await page.goto(host.url)
  const list = page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
  await expect(list).toHaveCount(5)

  // Web mode has no folder dialog: the app asks for a path instead.
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '3 added' })).toBeVisible()
  await expect(list).toHaveCount(8)

  const folders = page.locator('details.folders')
  await expect(folders).toContainText('3 files could not be read')
  await expect(folders.locator('li').filter({ hasText: 'photo.txt' })).toContainText('not a text file')
  await expect(folders.locator('li').filter({ hasText: 'empty.txt' })).toContainText('empty')
  await expect(folders.locator('li').filter({ hasText: 'dangling.txt' })).toContainText('broken link')

  // The saved web page was read as an article; its scripts never ran.
  await openArticle(page, 'เสริมสร้างองค์กรพรรคระดับรากหญ้าให้เข้มแข็ง')
  const text = page.getByRole('document', { name: 'Article text' })
  await expect(text).toBeVisible()
  expect(await page.title()).toBe('Crossread')

  // A file added on disk appears without a restart.
  await writeFile(
    join(corpus, 'new-article.txt'),
    'Báo Tiền Phong - 2025 - บทความใหม่ที่เพิ่งเพิ่มเข้ามาในโฟลเดอร์\nเนื้อหาของบทความใหม่เกี่ยวกับการรวมจังหวัดและรัฐบาลท้องถิ่นสองระดับ\n'
  )
  await expect(list.filter({ hasText: 'บทความใหม่ที่เพิ่งเพิ่มเข้ามาในโฟลเดอร์' })).toHaveCount(1, { timeout: 10_000 })
  await expect(list).toHaveCount(9)

  // Editing the open article's file shows the new text in place.
  await openArticle(page, 'บทความใหม่ที่เพิ่งเพิ่มเข้ามาในโฟลเดอร์')
  await expect(text).toContainText('รัฐบาลท้องถิ่นสองระดับ')
  await writeFile(
    join(corpus, 'new-article.txt'),
    'Báo Tiền Phong - 2025 - บทความใหม่ที่เพิ่งเพิ่มเข้ามาในโฟลเดอร์\nย่อหน้าที่แก้ไขแล้วเกี่ยวกับการกระจายอำนาจสู่ตำบล\n'
  )
  await expect(text).toContainText('ย่อหน้าที่แก้ไขแล้ว', { timeout: 10_000 })
  await expect(list).toHaveCount(9)
  await page.screenshot({ path: join(screenshots, 'library-after-import.png') })
})

test('a long library stays a short DOM: 3,000 articles, only the visible rows rendered', async ({ page }) => {
  const { writeCorpus } = await import('../bench/generate-corpus')
  const big = await mkdtemp(join(tmpdir(), 'crossread-big-'))
  try {
    await writeCorpus(big, 3000, join(repoRoot, 'resources/articles'))
    await page.goto(host.url)
    await page.getByRole('button', { name: '+ Add folder' }).click()
    await page.getByLabel('Folder of articles').fill(big)
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: '3000 added' })).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('heading', { name: /Library/ })).toContainText('3,009')
    const listbox = page.getByRole('listbox', { name: 'Articles' })
    expect(await listbox.getByRole('option').count()).toBeLessThan(60)
    await listbox.getByRole('option').first().click()
    await page.keyboard.press('End')
    await expect(listbox.getByRole('option', { selected: true })).toBeVisible()
    await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toBeVisible()
  } finally {
    await rm(big, { recursive: true, force: true })
  }
})
