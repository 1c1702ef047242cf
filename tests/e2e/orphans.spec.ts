// Nothing the user made is out of reach: removing a folder with annotated articles asks first and
// says how many; its annotations are then listed "without an article" (quote, note, file); adding
// the folder back after the file was edited brings them back into the article, re-anchored.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { startTestHost, type TestHost } from '../support/test-host'
import { selectPassage } from './select-passage'
import { expectAccessible } from './axe-check'

const TITLE = 'การรวมจังหวัดและรัฐบาลท้องถิ่นสองระดับ'
const BODY = 'การปรับโครงสร้างองค์กรให้กระชับ ดำเนินงานอย่างมีประสิทธิผลและประสิทธิภาพ ตามมติที่ 18-NQ/TW'
const TEXT = `Báo Tiền Phong - 2025 - ${TITLE}\n${BODY}\nย่อหน้าที่สองว่าด้วยการกระจายอำนาจสู่ท้องถิ่น\n`
const screenshots = join(import.meta.dirname, '../../test-results/screenshots')
let host: TestHost
let corpus: string

test.beforeAll(async () => {
  host = await startTestHost()
  corpus = await mkdtemp(join(tmpdir(), 'crossread-orphans-'))
  await writeFile(join(corpus, 'reform.txt'), TEXT)
})
test.afterAll(async () => {
  await host.stop()
  await rm(corpus, { recursive: true, force: true })
})

async function importCorpus(page: Page): Promise<void> {
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible()
}

test('annotations of a removed folder are listed, and come back when it returns with the file edited', async ({
  page
}) => {
  await page.goto(host.url)
  await importCorpus(page)
  await openArticle(page, TITLE)
  const reader = page.getByRole('main', { name: 'Reader' })
  await selectPassage(reader, 'ดำเนินงาน', 'ประสิทธิภาพ')
  await page.keyboard.press('n')
  await page.getByLabel('Note').fill('บันทึกที่ต้องไม่หาย')
  await page.keyboard.press('Control+Enter')
  await expect(page.locator('.article-text .hl')).toHaveCount(1)

  // Removing asks first, and says what it holds.
  const folders = page.locator('details.folders')
  await folders.locator('summary').click()
  const folder = folders.locator('.folder').filter({ hasText: corpus })
  await folder.getByRole('button', { name: 'Remove' }).click()
  const asking = folder.getByRole('alertdialog', { name: 'Remove this folder?' })
  await expect(asking).toContainText('1 article in this folder has 1 annotation')
  await expect(asking.getByRole('button', { name: 'Keep it' })).toBeFocused()
  await expectAccessible(page, 'removing a folder asks')
  await page.screenshot({ path: join(screenshots, 'orphans-remove-asks.png') })
  await asking.getByRole('button', { name: 'Remove folder' }).click()
  await expect(folder).toHaveCount(0)

  // The annotation is listed, with its note and the file it came from.
  const orphans = page.locator('details.orphans')
  await expect(orphans.locator('summary')).toHaveText('1 annotation without an article')
  await orphans.locator('summary').click()
  await expect(orphans).toContainText('ดำเนินงานอย่างมีประสิทธิผลและประสิทธิภาพ')
  await expect(orphans).toContainText('บันทึกที่ต้องไม่หาย')
  await expect(orphans.getByRole('heading', { name: TITLE })).toBeVisible()
  await expect(orphans).toContainText('reform.txt')
  await expectAccessible(page, 'annotations without an article')
  await page.screenshot({ path: join(screenshots, 'orphans-list.png') })

  // The file is edited meanwhile; adding the folder back brings the annotation back, moved with its text.
  const file = join(corpus, 'reform.txt')
  await writeFile(file, (await readFile(file, 'utf8')).replace(`${BODY}\n`, `ย่อหน้าใหม่ที่แทรกเข้ามาก่อน\n${BODY}\n`))
  await importCorpus(page)
  await expect(orphans).toHaveCount(0)
  await expect(page.getByRole('alert').filter({ hasText: 'are back with their file' })).toBeVisible()
  await openArticle(page, TITLE)
  await expect(page.locator('.article-text .hl')).toHaveText('ดำเนินงานอย่างมีประสิทธิผลและประสิทธิภาพ')
  await expect(page.getByRole('complementary', { name: 'Annotations' }).locator('.note')).toHaveText('บันทึกที่ต้องไม่หาย')
})
