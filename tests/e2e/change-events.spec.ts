// What one action costs in API calls: the renderer refetches only what main's change events name.
// Each action is measured over the 3 s after it, counting calls to /api/ (not the long poll, which
// is always open) and their response bytes; the figures are printed and attached to the test.
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec } from '../support/spec-host'

const host = hostForSpec()
test.setTimeout(90_000) // six actions, each watched for 3 s
const LONG_POLLS = new Set(['waitForChanges', 'waitForLibraryChange'])
const LIBRARY_LISTS = ['listArticles', 'listFolders']
const WINDOW_MS = 3000

interface Cost {
  calls: string[]
  bytes: number
}

/** Runs `action`, then counts the API calls made (and bytes answered) until 3 s after it. */
async function costOf(page: Page, label: string, action: () => Promise<void>): Promise<Cost> {
  const cost: Cost = { calls: [], bytes: 0 }
  const reading: Promise<void>[] = []
  const onRequest = (request: { url(): string }) => {
    const name = new URL(request.url()).pathname.replace(/^\/api\//, '')
    if (request.url().includes('/api/') && !LONG_POLLS.has(name)) cost.calls.push(name)
  }
  const onResponse = (response: { url(): string; body(): Promise<Buffer> }) => {
    const name = new URL(response.url()).pathname.replace(/^\/api\//, '')
    if (!response.url().includes('/api/') || LONG_POLLS.has(name)) return
    reading.push(
      response.body().then(
        (body) => void (cost.bytes += body.length),
        () => undefined
      )
    )
  }
  page.on('request', onRequest)
  page.on('response', onResponse)
  await action()
  await page.waitForTimeout(WINDOW_MS)
  page.off('request', onRequest)
  page.off('response', onResponse)
  await Promise.all(reading)
  const line = `${label}: ${cost.calls.length} API calls, ${(cost.bytes / 1024).toFixed(1)} kB (${cost.calls.join(', ')})`
  console.log(line)
  test.info().annotations.push({ type: 'cost', description: line })
  return cost
}

function expectCheap(cost: Cost, forbidden: string[] = []) {
  expect.soft(cost.calls.filter((name) => LIBRARY_LISTS.includes(name) || forbidden.includes(name))).toEqual([])
  expect.soft(cost.calls.length).toBeLessThanOrEqual(3)
  expect.soft(cost.bytes).toBeLessThanOrEqual(50 * 1024)
}

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const cards = (page: Page) => sidebar(page).locator('.annotation-card')

test('a highlight, its undo and redo, a note and tag edits each cost at most 3 API calls and 50 kB, never a library list', async ({
  page
}) => {
  await page.goto(host().url)
  await openArticle(page, 'การดำเนินการปรับปรุงเครื่องมือ')
  const text = page.getByRole('document', { name: 'Article text' })
  await expect(text).toContainText('โดยปฏิบัติตามแนวทาง')
  await page.waitForTimeout(1000) // the article's own loading is not counted
  await text.focus()
  for (let word = 0; word < 3; word++) await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
  // Where the reader is, noted as the text scrolled to the selection, is sent a moment later: not the highlight's cost.
  await page.waitForTimeout(1600)

  const highlight = await costOf(page, 'one highlight', async () => {
    await page.keyboard.press('4')
    await expect(page.locator('.article-text .hl-pink')).toHaveCount(1)
  })
  await expect(cards(page)).toHaveCount(1)
  expectCheap(highlight)

  const undo = await costOf(page, 'undo', async () => {
    await page.locator('body').press('Control+z')
    await expect(page.locator('.article-text .hl')).toHaveCount(0)
  })
  expectCheap(undo, ['listTags', 'countTagUsage'])

  const redo = await costOf(page, 'redo', async () => {
    await page.locator('body').press('Control+Shift+z')
    await expect(page.locator('.article-text .hl-pink')).toHaveCount(1)
  })
  expectCheap(redo, ['listTags', 'countTagUsage'])

  await cards(page).first().locator('.quote').click()
  await cards(page).first().getByRole('button', { name: 'Note' }).click()
  await sidebar(page).getByLabel('Note').fill('เทียบกับมติ 18-NQ/TW')
  const note = await costOf(page, 'a note edit', async () => {
    await sidebar(page).getByLabel('Note').press('Control+Enter')
    await expect(sidebar(page).locator('.note')).toHaveText('เทียบกับมติ 18-NQ/TW')
  })
  // A note changes neither the codebook nor the library's filters.
  expectCheap(note, ['listTags', 'countTagUsage', 'listArticleFacets'])

  await cards(page).first().getByRole('button', { name: 'Tags' }).click()
  await sidebar(page).getByLabel('Tag name').fill('เครื่องมือ')
  const tagged = await costOf(page, 'tagging with a new tag', async () => {
    await sidebar(page).getByLabel('Tag name').press('Control+Enter')
    await expect(cards(page).first().locator('.tag')).toHaveText('เครื่องมือ')
  })
  expectCheap(tagged)

  await sidebar(page)
    .getByRole('tab', { name: /Codebook/ })
    .click()
  const item = sidebar(page).getByRole('group', { name: 'เครื่องมือ', exact: true })
  await expect(item).toBeVisible()
  await page.waitForTimeout(500) // the tab's own loading is not counted
  await item.hover() // row actions show on hover
  await item.getByRole('button', { name: 'Edit' }).click()
  const form = sidebar(page).getByRole('form', { name: 'Edit tag เครื่องมือ' })
  await form.getByLabel('Name').fill('เครื่องมือพรรค')
  const renamed = await costOf(page, 'a tag renamed in the codebook', async () => {
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(sidebar(page).getByRole('group', { name: 'เครื่องมือพรรค', exact: true })).toBeVisible()
  })
  // A renamed tag changes no annotation, no count and no filter.
  expectCheap(renamed, ['listAnnotations', 'countTagUsage', 'listArticleFacets'])
})
