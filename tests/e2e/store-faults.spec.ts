import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { repoRoot, startTestHost } from '../support/test-host'

const screenshots = join(repoRoot, 'test-results/screenshots')

test('a store from a newer Crossread is refused untouched, and the user is told, in a banner that stays', async ({
  page
}) => {
  const host = await startTestHost({
    seed: async (dataDir) => {
      await mkdir(join(dataDir, 'annotations'), { recursive: true })
      await writeFile(join(dataDir, 'annotations', 'manifest.json'), JSON.stringify({ version: 99, tags: [] }))
    }
  })
  try {
    await page.goto(host.url)
    await expect(page.getByRole('alert').filter({ hasText: 'read-only' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Library' })).toContainText(
      'written by a newer Crossread (store version 99)'
    )
    await mkdir(screenshots, { recursive: true })
    await page.screenshot({ path: join(screenshots, 'store-refused.png') })
  } finally {
    await host.stop()
  }
})

test('a damaged codebook is set aside and recovered from its backup, and the user is told from when', async ({
  page
}) => {
  const tag = {
    id: 't1',
    name: 'ปฏิรูปการบริหาร',
    color: '#2f5d62',
    description: '',
    parentId: null,
    created: '2025-11-01T00:00:00.000Z'
  }
  const host = await startTestHost({
    seed: async (dataDir) => {
      await mkdir(join(dataDir, 'annotations'), { recursive: true })
      await mkdir(join(dataDir, 'annotation-backups', 'manifest.json'), { recursive: true })
      await writeFile(join(dataDir, 'annotations', 'manifest.json'), '{"version": 3, "tags": [')
      await writeFile(
        join(dataDir, 'annotation-backups', 'manifest.json', '2025-11-20T09-30-00-000Z.json'),
        JSON.stringify({ version: 3, tags: [tag], counts: {}, tagUsage: {} })
      )
    }
  })
  try {
    await page.goto(host.url)
    const library = page.getByRole('navigation', { name: 'Library' })
    await expect(library).toContainText('manifest.json could not be read')
    await expect(library).toContainText('Recovered manifest.json from its backup of')
    const sidebar = page.getByRole('complementary', { name: 'Annotations' })
    await sidebar.getByRole('tab', { name: /Codebook/ }).click()
    await expect(sidebar).toContainText('ปฏิรูปการบริหาร')
    await library.getByRole('button', { name: 'Dismiss this notice' }).first().click()
    await expect(library).not.toContainText('manifest.json could not be read')
  } finally {
    await host.stop()
  }
})
