// One settings screen holds, beside reading comfort: the library's folders, the word list (a word
// kept whole, then dropped) and where the data folder and its backups are. Checked for
// accessibility like every screen.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { hostForSpec, screenshots } from '../support/spec-host'
import { expectAccessible } from './axe-check'

const host = hostForSpec()
const WORD = 'ปฏิรูปกลไก'

test('the settings list the folders, keep and drop a word, and say where the data is', async ({ page }) => {
  await page.goto(host().url)
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toBeVisible()
  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  const library = dialog.getByRole('region', { name: 'Library' })
  await expect(library).toContainText('Bundled sample articles')

  const data = dialog.getByRole('region', { name: 'Data' })
  await expect(data).toContainText(host().dataDir)
  await expect(data).toContainText('annotation-backups')
  // A browser tab cannot open a folder: it says where to go instead of offering a dead button.
  await expect(data.getByRole('button', { name: 'Open the data folder' })).toHaveCount(0)
  await expect(data).toContainText('Open it in your file manager')

  const words = dialog.getByRole('region', { name: 'Word list' })
  await words.getByLabel('Keep a word whole').fill(WORD)
  await words.getByRole('button', { name: 'Add' }).click()
  await expect(words.getByRole('status')).toContainText('is kept as one word')
  await expect(words.getByRole('list', { name: 'Your words' })).toContainText(WORD)
  expect(await readFile(join(host().dataDir, 'domain-words.txt'), 'utf8')).toContain(WORD)
  await dialog.getByRole('region', { name: 'Word list' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshots, 'settings-screen.png') })
  await expectAccessible(page, 'the settings screen')

  await words.getByRole('button', { name: `Remove ${WORD} from your words` }).click()
  await expect(words.getByRole('list', { name: 'Your words' })).toHaveCount(0)
  expect(await readFile(join(host().dataDir, 'domain-words.txt'), 'utf8')).not.toContain(WORD)
})
