import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

// "Innovation": in four of the five bundled articles, one of them from Kinhtedothi.
const WORD = 'นวัตกรรม'
// A word no article contains, so only the note can match it.
const NOTE_WORD = 'มะม่วง'
const NOTE = `เปรียบเหมือน${NOTE_WORD}ที่ยังไม่สุก: ต้องติดตามผลในปีหน้า`
const host = hostForSpec()

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the library' })
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const library = (page: Page) => page.getByRole('listbox', { name: 'Articles' })
const reader = (page: Page) => page.getByRole('main', { name: 'Reader' })

test('a Thai word lists its articles with marked snippets; filters narrow them; one opens at its hits', async ({
  page
}) => {
  await page.goto(host().url)
  await expect(library(page).getByRole('option')).toHaveCount(5)

  // Ctrl+K reaches the box from anywhere; results come as one types.
  await page.keyboard.press('Control+k')
  await expect(box(page)).toBeFocused()
  await page.keyboard.type(WORD)
  await expect(results(page).getByRole('option')).toHaveCount(4)
  await expect(page.getByRole('status').filter({ hasText: 'articles' })).toHaveText('4 articles')
  const marks = results(page).locator('.snippet mark')
  await expect(marks.first()).toHaveText(WORD)
  expect(new Set(await marks.allTextContents())).toEqual(new Set([WORD]))
  await page.screenshot({ path: join(screenshots, 'search-results.png') })

  // The outlet filter counts within the matches, and the count follows the choice.
  const outlet = page.getByRole('combobox', { name: 'Filter by outlet' })
  await expect(outlet.locator('option', { hasText: 'Kinhtedothi (1)' })).toHaveCount(1)
  await outlet.selectOption({ label: 'Kinhtedothi (1)' })
  await expect(results(page).getByRole('option')).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: 'matching' })).toHaveText('1 of 4 matching articles')
  await expect(results(page).getByRole('option')).toContainText('Kinhtedothi')
  await page.screenshot({ path: join(screenshots, 'search-filtered.png') })
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(results(page).getByRole('option')).toHaveCount(4)

  // From the box, ArrowDown enters the results; arrows move, Enter opens.
  await box(page).focus()
  await page.keyboard.press('ArrowDown')
  await expect(results(page)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const second = results(page).getByRole('option').nth(1)
  await expect(second).toHaveClass(/cursor/)
  const title = (await second.locator('.title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  // The reader opens its find bar on the query, marks the hits and scrolls to the first.
  await expect(reader(page).getByRole('search', { name: 'Find in article' })).toBeVisible()
  const found = reader(page).locator('.article-text mark.find-hit')
  await expect(found.first()).toHaveText(WORD)
  expect(new Set(await found.allTextContents())).toEqual(new Set([WORD]))
  await expect(reader(page).locator('.article-text .find-current')).toBeInViewport()
  await page.screenshot({ path: join(screenshots, 'search-opened.png') })

  // Esc clears the query and the library lists everything again.
  await page.keyboard.press('/')
  await expect(box(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(box(page)).toHaveValue('')
  await expect(library(page).getByRole('option')).toHaveCount(5)
})

test('a word of a note finds the note; opening it shows its article at that annotation', async ({ page }) => {
  await page.goto(host().url)
  await openArticle(page, 'พัฒนาและปรับปรุงงานให้คำปรึกษา')
  await selectWords(page, 'เชิงรุก สร้างสรรค์ มีกลยุทธ์', 'สร้างสรรค์', 'กลยุทธ์')
  await page.keyboard.press('n')
  await page.getByLabel('Note').fill(NOTE)
  await page.keyboard.press('Control+Enter')
  await expect(page.locator('.annotations .note')).toHaveText(NOTE)

  // Read another article, then find the note from the search box.
  await openArticle(page, 'การดำเนินการปรับปรุงเครื่องมือ')
  await box(page).fill(NOTE_WORD)
  const notes = page.getByRole('region', { name: 'Matching notes and quotes' })
  await expect(notes.getByRole('heading')).toHaveText('In your notes (1)')
  await expect(notes.locator('mark')).toHaveText(NOTE_WORD)
  await expect(results(page).getByRole('option')).toHaveCount(0)
  await page.screenshot({ path: join(screenshots, 'search-notes.png') })

  await notes.getByRole('button').click()
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(
    'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
  )
  await expect(page.locator('.annotations .annotation-card.active .note')).toHaveText(NOTE)
  const highlight = page.locator('.article-text .hl-active')
  await expect(highlight).toHaveText(/สร้างสรรค์/)
  await expect(highlight).toBeInViewport()
  await page.screenshot({ path: join(screenshots, 'search-note-opened.png') })

  // Without a query, the colour and annotation filters find the annotated article too.
  await box(page).focus()
  await page.keyboard.press('Escape')
  await page.getByRole('combobox', { name: 'Filter by highlight colour' }).selectOption({ label: 'Yellow (1)' })
  await expect(library(page).getByRole('option')).toHaveCount(1)
  await expect(library(page).getByRole('option')).toContainText('พัฒนาและปรับปรุงงานให้คำปรึกษา')
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByRole('combobox', { name: 'Filter by annotations' }).selectOption({ label: 'Unannotated (4)' })
  await expect(library(page).getByRole('option')).toHaveCount(4)
})

test('nothing found says so and what to try', async ({ page }) => {
  await page.goto(host().url)
  await box(page).fill('คำที่ไม่มีอยู่ในคลังบทความ')
  await expect(page.getByText(/Nothing matches .*Check the spelling/)).toBeVisible()
  await expect(results(page).getByRole('option')).toHaveCount(0)
})

/** Selects from inside one word to inside another and lets the reader snap it (as annotate.spec does). */
async function selectWords(page: Page, paragraphText: string, from: string, to: string) {
  await expect(page.locator('.article-text')).toContainText(paragraphText)
  await page.evaluate(
    ({ paragraphText, from, to }) => {
      const paragraph = [...document.querySelectorAll('.article-text > *')].find((p) =>
        p.textContent?.includes(paragraphText)
      )
      const text = paragraph?.firstChild
      if (!paragraph || !(text instanceof Text)) throw new Error(`no paragraph with ${paragraphText}`)
      window
        .getSelection()
        ?.setBaseAndExtent(text, text.data.indexOf(from) + 2, text, text.data.indexOf(to) + to.length - 2)
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    },
    { paragraphText, from, to }
  )
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
}

test('results open at the best match, whichever article is open, and ↓ from the box goes to the first', async ({
  page
}) => {
  await page.goto(host().url)
  await box(page).fill(WORD)
  await expect(results(page).getByRole('option')).toHaveCount(4)
  // Open the last result, then search again: the open article is not where the results start.
  const last = results(page).getByRole('option').nth(3)
  const lastTitle = (await last.locator('.title').textContent()) ?? ''
  await last.click()
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(lastTitle)
  await box(page).fill('')
  await box(page).fill(WORD)
  await expect(results(page).getByRole('option')).toHaveCount(4)
  await expect(results(page).locator('.cursor')).toHaveCount(0)
  expect(await results(page).evaluate((list) => list.scrollTop)).toBe(0)

  await box(page).focus()
  await page.keyboard.press('ArrowDown')
  await expect(results(page)).toBeFocused()
  await expect(results(page).getByRole('option').first()).toHaveClass(/cursor/)
  await expect(results(page).getByRole('option').nth(3)).not.toHaveClass(/cursor/)
})
