// An article whose file goes away and comes back: the reader says it is no longer in the library
// while it is gone, and that notice clears by itself when the file returns. And folder paths
// read left to right in the folder list.
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { startTestHost, type TestHost } from '../support/test-host'

const TITLE = 'บทความที่หายไปแล้วกลับมา'
const TEXT = `Báo Tiền Phong - 2025 - ${TITLE}\nเนื้อหาเกี่ยวกับการรวมจังหวัดและรัฐบาลท้องถิ่นสองระดับ\n`
let host: TestHost
let corpus: string

test.beforeAll(async () => {
  host = await startTestHost()
  corpus = await mkdtemp(join(tmpdir(), 'crossread-returns-'))
  await writeFile(join(corpus, 'returning.txt'), TEXT)
})
test.afterAll(async () => {
  await host.stop()
  await rm(corpus, { recursive: true, force: true })
})

test('the “no longer in the library” notice clears when the file comes back', async ({ page }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible()

  // The folder's path reads as typed: its leading slash first, not moved to the end.
  const path = page.locator('details.folders .folder-path bdi').filter({ hasText: corpus }).last()
  await expect(path).toHaveText(corpus)
  expect(await path.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')

  await openArticle(page, TITLE)
  const reader = page.getByRole('main', { name: 'Reader' })
  await unlink(join(corpus, 'returning.txt'))
  const rows = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: TITLE })
  await expect(rows).toHaveCount(0, { timeout: 10_000 })
  // The pane is restored on reload, and its article is gone.
  await page.reload()
  await expect(reader).toContainText('no longer in the library')

  await writeFile(join(corpus, 'returning.txt'), TEXT)
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(TITLE, { timeout: 10_000 })
  await expect(reader).not.toContainText('no longer in the library')
})
