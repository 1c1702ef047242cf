// Related passages as a researcher meets them, on the bundled Thai samples: the Kinhtedothi
// article on studying Ho Chi Minh shares the administrative-reform theme with Nhân dân's article on
// advisory work. Its Related tab says what the article counts with, lists Nhân dân's evidence
// paragraph with outlet, date and reason; the keyboard opens it at that paragraph (marked in the
// reader), and Shift+Enter ("Open beside") opens it in a second pane.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const HO_CHI_MINH = 'ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW'
const ADVISORY = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
const host = hostForSpec()

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const related = (page: Page) => sidebar(page).getByRole('region', { name: 'Related passages' })
const shoot = async (page: Page, name: string) => {
  await page.screenshot({ path: join(screenshots, `${name}.png`) })
  await page.screenshot({ path: `/tmp/${name}.png` })
}

test('lists another article’s passage with outlet, date and reason, and opens it at the passage, here or beside', async ({
  page
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openArticle(page, HO_CHI_MINH)
  await sidebar(page).getByRole('tab', { name: 'Related' }).click()

  // The copies of the story come first (there are none), then what the article counts with.
  await expect(sidebar(page).getByRole('region', { name: 'Also published as' })).toBeVisible()
  await expect(related(page).getByRole('heading')).toHaveText('Related passages (1)', { timeout: 30_000 })
  await expect(related(page)).toContainText('This article: cites 01-KL/TW · cites 05-CT/TW')
  const option = related(page).getByRole('option')
  await expect(option).toHaveCount(1)
  await expect(option).toContainText('Báo Nhân dân')
  await expect(option).toContainText('18 Oct 2025')
  await expect(option).toContainText(ADVISORY)
  await expect(option).toContainText('theme: Administrative reform, discipline and public service')
  const snippet = (await option.locator('.related-snippet').innerText()).replace(/^… |…$/g, '').trim()
  await shoot(page, 'related-panel')

  // ↓ then Enter: the article opens in this pane, its passage marked.
  await related(page).getByRole('listbox').focus()
  await page.keyboard.press('ArrowDown')
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  const reader = page.getByRole('main', { name: 'Reader' })
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(ADVISORY)
  const mark = reader.locator('.article-text .evidence-mark')
  await expect(mark.first()).toBeVisible()
  expect((await mark.allInnerTexts()).join('')).toContain(snippet.slice(0, 30))
  await shoot(page, 'related-opened')

  // Back in the first article, Shift+Enter (or "Open beside") opens the passage in a second pane.
  await openArticle(page, HO_CHI_MINH)
  await sidebar(page).getByRole('tab', { name: 'Related' }).click()
  await expect(related(page).locator('.related-action', { hasText: 'Open beside' })).toBeVisible()
  await related(page).getByRole('listbox').focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+Enter')
  const beside = page.getByRole('main', { name: 'Second pane' })
  await expect(beside.getByRole('heading', { level: 1 })).toContainText(ADVISORY)
  await expect(beside.locator('.article-text .evidence-mark').first()).toBeVisible()
  await shoot(page, 'related-beside')
  expect(problems).toEqual([])
})
