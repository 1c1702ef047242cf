// The same file imported twice (here under two names in two folders) is flagged in the library,
// each row naming the other place, rather than listed twice without a word.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { startTestHost, type TestHost } from '../support/test-host'
import { SAMPLE_ARTICLES } from '../support/sample-app'

const FILE = '003_2ad0d5beb5545534.txt'
let host: TestHost
let root: string

test.beforeAll(async () => {
  host = await startTestHost()
  root = await mkdtemp(join(tmpdir(), 'crossread-same-file-'))
  await mkdir(join(root, 'first'))
  await mkdir(join(root, 'second'))
  await copyFile(join(SAMPLE_ARTICLES, FILE), join(root, 'first', 'reform.txt'))
  await copyFile(join(SAMPLE_ARTICLES, FILE), join(root, 'second', 'reform (copy).txt'))
})
test.afterAll(async () => {
  await host.stop()
  await rm(root, { recursive: true, force: true })
})

async function importFolder(page: Page, folder: string): Promise<void> {
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(folder)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible()
}

test('the same file imported twice is flagged on each row, naming the other place', async ({ page }) => {
  await page.goto(host.url)
  await importFolder(page, join(root, 'first'))
  await importFolder(page, join(root, 'second'))
  const marks = page.getByRole('listbox', { name: 'Articles' }).getByRole('img', { name: /Duplicate file/ })
  // Three rows: the bundled sample itself, and the two copies of it.
  await expect(marks).toHaveCount(3)
  await expect(marks.first()).toHaveText('⧉ same file ×3')
  const names = await marks.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')))
  expect(names.some((name) => name?.includes('reform (copy).txt'))).toBe(true)
})
