import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง' // the bundled Nhân dân article
// "Proactive": ICU cuts it เชิง|รุก. This article writes it twice; two other samples once each.
const WORD = 'เชิงรุก'
const host = hostForSpec()

const reader = (page: Page) => page.getByRole('main', { name: 'Reader' })
const bar = (page: Page) => reader(page).getByRole('search', { name: 'Find in article' })
const findInput = (page: Page) => bar(page).getByRole('textbox', { name: 'Find in article' })
const findCount = (page: Page) => bar(page).getByRole('status')
const findHits = (page: Page) => reader(page).locator('.article-text mark.find-hit')
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate the selection' })

/** Selects the first `text` of the article as a mouse would, and lets the reader snap it. */
async function select(page: Page, text: string) {
  await page.evaluate((text) => {
    const paragraph = [...document.querySelectorAll('.article-text > *')].find((p) => p.textContent?.includes(text))
    const node = paragraph?.firstChild
    if (!paragraph || !(node instanceof Text)) throw new Error(`no paragraph with ${text}`)
    const at = node.data.indexOf(text)
    window.getSelection()?.setBaseAndExtent(node, at, node, at + text.length)
    paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
  }, text)
  await expect(toolbar(page)).toBeVisible()
}

test('a Thai compound ICU cuts apart, kept as one word from the reader, is then searched and found whole', async ({
  page
}) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openArticle(page, TITLE)

  // Before: find sees two words, so รุก alone is found inside it, and a search for it finds its
  // articles as the phrase เชิง รุก, some snippets marking only a piece.
  await page.keyboard.press('Control+f')
  await page.keyboard.type('รุก')
  await expect(findCount(page)).toHaveText('1 of 2')
  await page.keyboard.press('Escape')
  await box(page).fill(WORD)
  await expect(results(page)).toHaveCount(3)
  const marks = page.getByRole('listbox', { name: 'Search results' }).locator('.snippet mark')
  await expect(marks.first()).toBeVisible()
  expect(await marks.allTextContents()).toContain('เชิง')
  await box(page).fill('')

  // Selected, the toolbar offers to keep it whole; a phrase or a Latin word is not offered.
  await select(page, 'เชิงรุก สร้างสรรค์')
  await expect(toolbar(page).getByRole('button', { name: 'Keep as one word' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await select(page, WORD)
  await toolbar(page).getByRole('button', { name: 'Keep as one word' }).click()
  await expect(toolbar(page).getByRole('status')).toContainText(`“${WORD}” is kept as one word`)
  await page.screenshot({ path: join(screenshots, 'keep-as-one-word.png') })
  expect(await readFile(join(host().dataDir, 'domain-words.txt'), 'utf8')).toMatch(new RegExp(`^${WORD}$`, 'm'))

  // Find, seeded with the selection, marks it whole; รุก alone is no longer a word of the text.
  await page.keyboard.press('Control+f')
  await expect(findInput(page)).toHaveValue(WORD)
  await expect(findCount(page)).toHaveText('1 of 2')
  await expect(findHits(page)).toHaveText([WORD, WORD])
  await findInput(page).fill('รุก')
  await expect(findCount(page)).toHaveText('No matches')
  await page.keyboard.press('Escape')

  // Search, once the index has re-read the articles holding it, marks it whole in every snippet.
  await box(page).fill(WORD)
  await expect(results(page)).toHaveCount(3)
  await expect(async () => expect(new Set(await marks.allTextContents())).toEqual(new Set([WORD]))).toPass()
  await page.screenshot({ path: join(screenshots, 'keep-as-one-word-search.png') })
  expect(problems).toEqual([])
})
