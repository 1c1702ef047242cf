// Direction controls from a hostile file (issue 10): a title ending RIGHT-TO-LEFT OVERRIDE + "evil"
// must read "evil", not "live", the control must be visible, and the text after it in its line
// must keep its order; highlighting across a control must store the exact text.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const RLO = '\u202E'
const TITLE = `การปฏิรูปกลไกรัฐ ${RLO}evil`
const FIRST = `ย่อหน้าแรก ก่อนหน้า ${RLO}evil หลังจากนั้นการประชุมของพรรค`
const SECOND = 'ย่อหน้าที่สอง \u202Dabc\u202C และ \u2067RLI text\u2069 ต่อไป'
const QUOTE = `ก่อนหน้า ${RLO}evil หลังจากนั้น`
const host = hostForSpec()
let corpus: string

test.beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'crossread-bidi-'))
  await writeFile(
    join(corpus, `ev${RLO}live.txt`),
    `Vietnam.vn - Nền tảng quảng bá Việt Nam\n\n${TITLE}\n\n${FIRST}\n\n${SECOND}\n`
  )
  await writeFile(join(corpus, `photo${RLO}gnp.txt`), '') // shows as "phototxt.png" when the RLO applies
})
test.afterAll(async () => rm(corpus, { recursive: true, force: true }))

/**
 * The left edge of each of `needle`'s characters as laid out, found in the one text node under
 * `root` that holds it: increasing for text read left to right, decreasing where an RLO applies.
 */
function lefts(root: Locator, needle: string): Promise<number[]> {
  return root.evaluate((element, needle) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle)
      if (at < 0) continue
      return [...needle].map((_char, index) => {
        const range = document.createRange()
        range.setStart(node, at + index)
        range.setEnd(node, at + index + 1)
        return range.getBoundingClientRect().left
      })
    }
    throw new Error(`no text node holds ${needle}`)
  }, needle)
}
const increasing = (xs: number[]) => xs.every((x, index) => index === 0 || x > (xs[index - 1] ?? 0))

/** The markers shown under `root`, in document order, and whether each is drawn. */
const markers = (root: Locator) =>
  root.locator('.bidi-control').evaluateAll((elements) =>
    elements.map((element) => {
      const drawn = element.getBoundingClientRect().width > 4
      return `${getComputedStyle(element, '::before').content}:${drawn ? 'drawn' : 'hidden'}`
    })
  )

/** Selects exactly (Alt) from the start of `from` to the end of `to`, across the reader's text nodes. */
async function selectExactly(page: Page, from: string, to: string) {
  await page.evaluate(
    ({ from, to }) => {
      const text = document.querySelector('.article-text')
      if (!text) throw new Error('no article text')
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const start = nodes.find((node) => node.data.includes(from))
      const end = nodes.find((node) => node.data.includes(to))
      if (!start || !end) throw new Error('selection ends not found')
      window.getSelection()?.setBaseAndExtent(start, start.data.indexOf(from), end, end.data.indexOf(to) + to.length)
      text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, altKey: true }))
    },
    { from, to }
  )
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
}

/** Opens the app with the hostile folder imported (again, if an earlier test did: nothing changes). */
async function importCorpus(page: Page): Promise<Locator> {
  await page.goto(host().url)
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: 'การปฏิรูปกลไกรัฐ' })
  await expect(row).toHaveCount(1)
  return row
}

test('controls in a title, paragraphs and a file name are shown, not applied; a highlight across one keeps the exact text', async ({
  page
}) => {
  const row = await importCorpus(page)

  // The library: the title reads "evil", with the RLO shown before it.
  const rowTitle = row.locator('.title')
  expect(await rowTitle.textContent()).toBe(TITLE) // every character kept
  expect(increasing(await lefts(rowTitle, 'evil'))).toBe(true)
  expect(await markers(rowTitle)).toEqual(['"RLO":drawn'])

  // The unreadable file's name shows its RLO, and the reason after it on the line is not reversed.
  const unreadable = page.locator('details.folders li').filter({ hasText: 'photo' })
  await expect(unreadable).toContainText('empty')
  expect(await markers(unreadable)).toEqual(['"RLO":drawn'])
  expect(increasing(await lefts(unreadable.locator('.file'), 'gnp.txt'))).toBe(true)
  const reason = unreadable.locator('.reason')
  const reasonText = ((await reason.textContent()) ?? '').slice(0, 5)
  expect(increasing(await lefts(reason, reasonText))).toBe(true)
  const fileBox = await unreadable.locator('.file').boundingBox()
  const reasonBox = await reason.boundingBox()
  expect(reasonBox && fileBox && reasonBox.x >= fileBox.x + fileBox.width - 1).toBe(true)

  // The reader: the heading, and a paragraph whose text goes on after the control.
  const heading = await openArticle(page, 'การปฏิรูปกลไกรัฐ')
  const reader = page.getByRole('main', { name: 'Reader' })
  expect(await heading.textContent()).toBe(TITLE)
  expect(increasing(await lefts(heading, 'evil'))).toBe(true)
  const text = reader.locator('.article-text')
  await expect(text).toContainText('หลังจากนั้นการประชุมของพรรค')
  expect(await text.textContent()).toBe(`${FIRST}${SECOND}`) // the document holds the exact text
  expect(increasing(await lefts(text, 'evil หล'))).toBe(true)
  expect(increasing(await lefts(text, 'RLI text'))).toBe(true) // an RLI would put "text" before "RLI"
  expect(await markers(text)).toEqual(['"RLO":drawn', '"LRO":drawn', '"PDF":drawn', '"RLI":drawn', '"PDI":drawn'])
  await page.screenshot({ path: join(screenshots, 'bidi-controls.png') })

  // Copying a selection across a control gives the exact text, control included.
  await selectExactly(page, 'ก่อนหน้า', 'หลังจากนั้น')
  const copied = await text.evaluate((element) => {
    const clipboardData = new DataTransfer()
    element.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }))
    return clipboardData.getData('text/plain')
  })
  expect(copied).toBe(QUOTE)

  // Highlighting it stores the exact quote: shown in the card, and still so after a reload.
  await page.keyboard.press('1')
  const highlighted = () => text.locator('.hl').evaluateAll((spans) => spans.map((span) => span.textContent).join(''))
  await expect.poll(highlighted).toBe(QUOTE)
  const quote = page.getByRole('complementary', { name: 'Annotations' }).locator('.annotation-card .quote')
  await expect(quote).toHaveCount(1)
  await expect.poll(() => quote.textContent()).toBe(QUOTE)
  expect(increasing(await lefts(text.locator('.hl').last(), 'evil หล'))).toBe(true)
  await page.screenshot({ path: join(screenshots, 'bidi-controls-highlight.png') })
  await page.reload()
  await openArticle(page, 'การปฏิรูปกลไกรัฐ')
  await expect.poll(() => quote.textContent()).toBe(QUOTE)
  expect(await markers(quote)).toEqual(['"RLO":drawn'])
  await expect.poll(highlighted).toBe(QUOTE)

  // A search shows the control in the article's snippet and in the matching quote, contained.
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('หลังจากนั้น')
  const snippet = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').locator('.snippet')
  await expect(snippet).toHaveCount(1)
  expect(await markers(snippet)).toEqual(['"RLO":drawn'])
  expect(increasing(await lefts(snippet, 'evil'))).toBe(true)
  const quoteHit = page.getByRole('region', { name: 'Matching notes and quotes' }).locator('.snippet')
  await expect(quoteHit).toHaveCount(1)
  expect(await markers(quoteHit)).toEqual(['"RLO":drawn'])
  await page.screenshot({ path: join(screenshots, 'bidi-controls-search.png') })
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')

  // Find reaches past the control, and the original file shows its controls too.
  await heading.click() // out of the search box: Ctrl+F is the reader's
  await page.keyboard.press('Control+f')
  await page.keyboard.type('หลังจากนั้น')
  await expect(reader.getByRole('search', { name: 'Find in article' }).getByRole('status')).toHaveText('1 of 1')
  await page.keyboard.press('Escape')
  await page.keyboard.press('Alt+o')
  const original = reader.getByRole('region', { name: 'Original file' })
  await expect(original).toContainText('หลังจากนั้นการประชุมของพรรค')
  expect(await markers(original)).toEqual([
    '"RLO":drawn',
    '"RLO":drawn',
    '"LRO":drawn',
    '"PDF":drawn',
    '"RLI":drawn',
    '"PDI":drawn'
  ])
  expect(increasing(await lefts(original, 'evil หล'))).toBe(true)
  await page.screenshot({ path: join(screenshots, 'bidi-controls-original.png') })
})

test('the check can fail: with the containment taken away, the same title reads "live"', async ({ page }) => {
  const rowTitle = (await importCorpus(page)).locator('.title')
  expect(increasing(await lefts(rowTitle, 'evil'))).toBe(true)
  // Through the CSSOM: the page's CSP refuses a <style> tag, rightly.
  await rowTitle.evaluate((title) => {
    for (const element of title.querySelectorAll<HTMLElement>('bdi, .bidi-control')) {
      element.removeAttribute('dir')
      element.style.setProperty('display', 'inline', 'important')
      element.style.setProperty('unicode-bidi', 'normal', 'important')
    }
  })
  expect(increasing([...(await lefts(rowTitle, 'evil'))].reverse())).toBe(true)
})
