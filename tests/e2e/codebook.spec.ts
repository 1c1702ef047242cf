import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { hostForSpec, screenshots } from '../support/spec-host'

const host = hostForSpec()

test('the codebook: create and nest tags, rename, delete after asking, and undo the deletion', async ({ page }) => {
  await page.goto(host().url)
  const sidebar = page.getByRole('complementary', { name: 'Annotations' })
  await sidebar.getByRole('tab', { name: /Codebook/ }).click()
  await expect(sidebar).toContainText('No tags yet')

  await sidebar.getByLabel('New tag name').fill('ปฏิรูปการบริหาร')
  await sidebar.getByRole('button', { name: 'Add tag' }).click()
  await sidebar.getByLabel('New tag name').fill('กระจายอำนาจ')
  await sidebar.getByLabel('Parent of the new tag').selectOption({ label: 'ปฏิรูปการบริหาร' })
  await sidebar.getByRole('button', { name: 'Add tag' }).click()
  await expect(sidebar.getByRole('list', { name: 'Sub-tags of ปฏิรูปการบริหาร' })).toContainText('กระจายอำนาจ')

  // Rename.
  const child = sidebar.getByRole('group', { name: 'กระจายอำนาจ', exact: true })
  await child.hover() // row actions show on hover (and on keyboard focus)
  await child.getByRole('button', { name: 'Edit' }).click()
  const form = sidebar.getByRole('form', { name: 'Edit tag กระจายอำนาจ' })
  await form.getByLabel('Name').fill('กระจายอำนาจและมอบอำนาจ')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(sidebar).toContainText('กระจายอำนาจและมอบอำนาจ')
  await page.screenshot({ path: join(screenshots, 'codebook.png') })

  // Delete asks first; Ctrl+Z brings the tag back.
  const renamed = sidebar.getByRole('group', { name: 'กระจายอำนาจและมอบอำนาจ', exact: true })
  await renamed.hover()
  await renamed.getByRole('button', { name: 'Delete' }).click()
  const confirm = sidebar.getByRole('group', { name: /Delete “กระจายอำนาจและมอบอำนาจ”\?/ })
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(sidebar).not.toContainText('กระจายอำนาจและมอบอำนาจ')
  await page.locator('body').press('Control+z')
  await expect(sidebar).toContainText('กระจายอำนาจและมอบอำนาจ')
})
