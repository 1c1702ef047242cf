// Opening an article as a user does in the e2e specs: its row in the library's Articles list, then
// its title in the reader's heading. One chain, so a change to the library or the reader is
// followed in one place.
import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Clicks the library row whose text holds `title` (the whole title or its start) and waits until
 * the reader's heading shows it. Returns the heading.
 */
export async function openArticle(page: Page, title: string): Promise<Locator> {
  await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title }).click()
  const heading = page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })
  await expect(heading).toContainText(title)
  return heading
}
