// The passages view ("coded segments"), as a researcher uses it: passages tagged in two bundled
// Thai articles, listed from the tag's count in the codebook, grouped by article with outlet and
// date; a colour filter; one passage opened in the reader at the passage; the keyboard; Esc.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'

const NHAN_DAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
const KINHTEDOTHI = 'ปีที่ 4 ของการปฏิบัติตามข้อสรุปหมายเลข 01-KL/TW'
const TAG = 'ปฏิรูปการบริหาร'
const host = hostForSpec()

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const view = (page: Page) => page.getByRole('region', { name: 'Passages' })
const list = (page: Page) => view(page).getByRole('listbox', { name: 'Passages, grouped by article' })
const rows = (page: Page) => list(page).getByRole('option')

/** Selects from `from` to `to` inside the paragraph holding `paragraphText`, as a mouse would. */
async function select(page: Page, paragraphText: string, from: string, to: string) {
  await expect(page.locator('.article-text')).toContainText(paragraphText)
  await page.evaluate(
    ({ paragraphText, from, to }) => {
      const paragraph = [...document.querySelectorAll('.article-text > *')].find((p) =>
        p.textContent?.includes(paragraphText)
      )
      if (!paragraph) throw new Error(`no paragraph with ${paragraphText}`)
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
      const find = (needle: string, end: boolean) => {
        walker.currentNode = paragraph
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(needle)
          if (at >= 0) return { node, offset: at + (end ? needle.length : 0) }
        }
        throw new Error(`no text ${needle}`)
      }
      const start = find(from, false)
      const end = find(to, true)
      window.getSelection()?.setBaseAndExtent(start.node, start.offset, end.node, end.offset)
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    },
    { paragraphText, from, to }
  )
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
}

async function tagSelection(page: Page) {
  await page.getByRole('button', { name: 'Tag…' }).click()
  await page.getByLabel('Tag name').fill(TAG)
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Save tags' }).click()
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeHidden()
}

test('lists a tag’s passages across articles from the codebook, filters by colour and opens one', async ({ page }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)

  // A yellow tagged passage in the Nhân dân article (yellow: the first colour), with a note on another.
  await openArticle(page, NHAN_DAN)
  await select(page, 'เพื่อตอบสนองความต้องการงานที่สูงขึ้นเรื่อยๆ', 'ตอบสนอง', 'ความต้องการ')
  await tagSelection(page)
  // In the Kinhtedothi article: a green highlight (green is the last colour from then on), then a tagged one.
  await openArticle(page, KINHTEDOTHI)
  await select(page, 'ควบคู่ไปกับการเสริมสร้างการประชาสัมพันธ์', 'การประชาสัมพันธ์', 'ความโปร่งใส')
  await page.keyboard.press('2')
  await select(page, 'ดำเนินการปฏิรูปการบริหาร ปรับปรุงกลไก', 'ปฏิรูปการบริหาร', 'ปรับปรุงกลไก')
  await tagSelection(page)
  await expect(page.locator('.article-text .hl')).toHaveCount(2)

  // The tag's count in the codebook opens its passages in the library's place.
  await sidebar(page)
    .getByRole('tab', { name: /Codebook/ })
    .click()
  await sidebar(page)
    .getByRole('button', { name: /^2 passages: list them/ })
    .click()
  await expect(view(page)).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeHidden()
  await expect(view(page).getByRole('status')).toHaveText('2 passages in 2 articles')
  await expect(view(page).getByRole('combobox', { name: 'Tag' }).locator('option:checked')).toHaveText(TAG)
  await expect(rows(page)).toHaveCount(2)
  // Grouped by article, newest first (18/10/2025 before 2024), each with its header, colour named, tag shown.
  await expect(rows(page).nth(0).locator('.passage-group')).toContainText(NHAN_DAN)
  await expect(rows(page).nth(0).locator('.passage-group')).toContainText('Báo Nhân dân')
  await expect(rows(page).nth(0).locator('.passage-group')).toContainText('18 Oct 2025')
  await expect(rows(page).nth(0)).toContainText('ตอบสนองความต้องการ')
  await expect(rows(page).nth(0).locator('.passage-color')).toHaveText('Yellow')
  await expect(rows(page).nth(0).locator('.passage-tag')).toHaveText(TAG)
  await expect(rows(page).nth(1).locator('.passage-group')).toContainText(KINHTEDOTHI)
  await expect(rows(page).nth(1).locator('.passage-color')).toHaveText('Green')
  await page.screenshot({ path: join(screenshots, 'passages.png') })

  // Oldest first turns the groups around.
  await view(page).getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Oldest article first' })
  await expect(rows(page).nth(0).locator('.passage-group')).toContainText(KINHTEDOTHI)

  // A colour filter: only the green passage, in its article.
  await view(page).getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Green' })
  await expect(view(page).getByRole('status')).toHaveText('1 passage in 1 article')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('ปฏิรูปการบริหาร')

  // Opening it (the keyboard: ↓ then Enter) shows its article in the reader, the passage revealed.
  await list(page).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const heading = page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })
  await expect(heading).toContainText(KINHTEDOTHI)
  await expect(page.locator('.article-text .hl-active')).toContainText('ปฏิรูปการบริหาร')
  await expect(rows(page).first()).toHaveClass(/open/)

  // A colour no passage has: the empty state says so.
  await view(page).getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Purple' })
  await expect(view(page)).toContainText('No highlighted passage matches these filters.')
  await page.screenshot({ path: join(screenshots, 'passages-empty.png') })

  // A click opens the other article at its passage; Esc gives the library back.
  await view(page).getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Any colour' })
  await rows(page).filter({ hasText: 'ตอบสนองความต้องการ' }).click()
  await expect(heading).toContainText(NHAN_DAN)
  await expect(page.locator('.article-text .hl-active')).toContainText('ตอบสนองความต้องการ')
  await list(page).press('Escape')
  await expect(view(page)).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Library' })).toBeVisible()
  expect(problems).toEqual([])
})
