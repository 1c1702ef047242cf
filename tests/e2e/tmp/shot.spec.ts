import { test } from '@playwright/test'
import { startTestHost } from '../../support/test-host'
test('shot', async ({ page }) => {
  const host = await startTestHost()
  await page.goto(host.url)
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first().click()
  await page.waitForTimeout(800)
  await page.screenshot({ path: '/tmp/shot1.png' })
  await page.getByRole('button', { name: 'Show original' }).click()
  await page.waitForTimeout(500)
  await page.screenshot({ path: '/tmp/shot2.png' })
  await host.stop()
})
