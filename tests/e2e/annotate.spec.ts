import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { repoRoot, startTestHost, type TestHost } from '../support/test-host'

const screenshots = join(repoRoot, 'test-results/screenshots')
// A copy of a bundled sample, retitled so that it is told apart from the original in the library.
const TITLE = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง (ฉบับสำเนาเพื่อทดสอบ)'
let host: TestHost
let corpus: string
let articleFile: string

test.beforeAll(async () => {
  host = await startTestHost()
  corpus = await mkdtemp(join(tmpdir(), 'crossread-annotate-'))
  articleFile = join(corpus, 'nhandan.txt')
  const sample = await readFile(join(repoRoot, 'resources/articles/003_2ad0d5beb5545534.txt'), 'utf8')
  await writeFile(articleFile, sample.replace('พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง', TITLE))
  await mkdir(screenshots, { recursive: true })
})
test.afterAll(async () => {
  await host.stop()
  await rm(corpus, { recursive: true, force: true })
})

/** Selects from the middle of one word to the middle of another, as a hurried mouse would. */
async function selectAcross(
  page: Page,
  paragraphText: string,
  from: string,
  to: string,
  options: { alt?: boolean } = {}
) {
  await expect(page.locator('.article-text')).toContainText(paragraphText)
  await page.evaluate(
    ({ paragraphText, from, to, alt }) => {
      const paragraph = [...document.querySelectorAll('.article-text > *')].find((p) =>
        p.textContent?.includes(paragraphText)
      )
      if (!paragraph) throw new Error(`no paragraph with ${paragraphText}`)
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const find = (needle: string, delta: number) => {
        for (const node of nodes) {
          const at = node.data.indexOf(needle)
          if (at >= 0) return { node, offset: at + delta }
        }
        throw new Error(`no text ${needle}`)
      }
      const start = find(from, 2) // two characters into the first word
      const end = find(to, Math.max(1, to.length - 2)) // stopping two characters short of the last word's end
      window.getSelection()?.setBaseAndExtent(start.node, start.offset, end.node, end.offset)
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, altKey: alt }))
    },
    { paragraphText, from, to, alt: options.alt ?? false }
  )
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
}

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })
const cards = (page: Page) => sidebar(page).locator('.annotation-card')

test('highlight, tag (a new tag typed in place) and note Thai passages; all of it survives a reload', async ({
  page
}) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: '+ Add folder' }).click()
  await page.getByLabel('Folder of articles').fill(corpus)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible()
  await openArticle(page, TITLE)

  // 1. Highlight in green with the keyboard (2): the selection snapped to whole Thai words.
  await selectAcross(page, 'เพื่อตอบสนองความต้องการงานที่สูงขึ้นเรื่อยๆ', 'ตอบสนอง', 'ต้องการ')
  await page.keyboard.press('2')
  const green = page.locator('.article-text .hl-green')
  await expect(green).toHaveText('ตอบสนองความต้องการ')
  await expect(cards(page)).toHaveCount(1)

  // 2. Tag with a new tag typed in place.
  await selectAcross(page, 'การประชุมว่าด้วยการปฏิบัติตามมติหมายเลข 57-NQ/TW', 'ปฏิบัติตาม', 'มติหมายเลข')
  await page.getByRole('button', { name: 'Tag…' }).click()
  await page.getByLabel('Tag name').fill('มติ 57-NQ/TW')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Save tags' }).click()
  await expect(cards(page)).toHaveCount(2)
  await expect(sidebar(page).locator('.tag', { hasText: 'มติ 57-NQ/TW' })).toHaveCount(1)
  await expect(page.locator('.article-text .hl-tagged')).toHaveText('ปฏิบัติตามมติหมายเลข') // underlined in the tag's colour

  // 3. A note, with N and Ctrl+Enter.
  await selectAcross(page, 'เชิงรุก สร้างสรรค์ มีกลยุทธ์', 'สร้างสรรค์', 'กลยุทธ์')
  await page.keyboard.press('n')
  await page.getByLabel('Note').fill('คำขวัญของสำนักงานพรรค: เทียบกับบทความของลางเซิน')
  await page.keyboard.press('Control+Enter')
  await expect(sidebar(page).locator('.note')).toHaveText('คำขวัญของสำนักงานพรรค: เทียบกับบทความของลางเซิน')
  const row = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: TITLE })
  await expect(row.locator('.badge')).toHaveText('3') // the library's count is live
  await page.screenshot({ path: join(screenshots, 'annotate.png') })

  // Everything is back after a reload (written to disk by main, not kept in the page).
  await page.reload()
  await openArticle(page, TITLE)
  await expect(cards(page)).toHaveCount(3)
  await expect(page.locator('.article-text .hl')).toHaveCount(3)
  await expect(sidebar(page).locator('.tag', { hasText: 'มติ 57-NQ/TW' })).toHaveCount(1)
  await expect(sidebar(page).locator('.note')).toContainText('คำขวัญของสำนักงานพรรค')

  // Clicking a card scrolls to its highlight and marks it; deleting is undone with Ctrl+Z.
  await cards(page).first().locator('.quote').click()
  await expect(page.locator('.article-text .hl-active')).toHaveCount(1)
  await cards(page).first().getByRole('button', { name: 'Delete' }).click()
  await expect(cards(page)).toHaveCount(2)
  await page.locator('body').press('Control+z')
  await expect(cards(page)).toHaveCount(3)
  // Undo and redo say what they undid.
  const notice = page.getByRole('status', { name: 'Undo and redo' })
  await expect(notice).toHaveText('Undone: delete annotation')
  await page.screenshot({ path: join(screenshots, 'undo-notice.png') })
  await page.locator('body').press('Control+Shift+z')
  await expect(cards(page)).toHaveCount(2)
  await expect(notice).toHaveText('Redone: delete annotation')
  await page.locator('body').press('Control+z') // the later tests start from three highlights
  await expect(cards(page)).toHaveCount(3)
})

test('an edited article file re-anchors its highlights; a deleted passage leaves an orphan, never lost', async ({
  page
}) => {
  await page.goto(host.url)
  await openArticle(page, TITLE)
  await expect(page.locator('.article-text .hl')).toHaveCount(3)

  // Insert a paragraph near the top and reword text around the highlights.
  const original = await readFile(articleFile, 'utf8')
  const edited = original.replace(
    'Báo Nhân dânBáo Nhân dân18/10/2025',
    'Báo Nhân dânBáo Nhân dân18/10/2025\n\nย่อหน้าใหม่ที่บรรณาธิการเพิ่มเข้ามาภายหลังเพื่ออธิบายบริบทของการประชุม'
  )
  await writeFile(articleFile, edited)
  await expect(page.locator('.article-text')).toContainText('ย่อหน้าใหม่ที่บรรณาธิการเพิ่มเข้ามา', { timeout: 10_000 })
  await expect(page.locator('.article-text .hl', { hasText: 'ตอบสนองความต้องการ' })).toHaveText('ตอบสนองความต้องการ')
  await expect(page.locator('.article-text .hl')).toHaveCount(3)
  await expect(sidebar(page).getByRole('region', { name: 'Orphaned annotations' })).toHaveCount(0)
  await page.screenshot({ path: join(screenshots, 'reanchored.png') })

  // Delete the paragraph holding the green highlight: it becomes an orphan, listed with its quote.
  const paragraph = edited.split('\n').find((line) => line.includes('ตอบสนองความต้องการงานที่สูงขึ้นเรื่อยๆ')) ?? ''
  await writeFile(articleFile, edited.replace(paragraph, ''))
  const orphans = sidebar(page).getByRole('region', { name: 'Orphaned annotations' })
  await expect(orphans).toBeVisible({ timeout: 10_000 })
  await expect(orphans.locator('.quote')).toHaveText('ตอบสนองความต้องการ')
  await expect(page.locator('.article-text .hl')).toHaveCount(2)
  await page.screenshot({ path: join(screenshots, 'orphan.png') })

  // Re-attach the orphan by selecting a new passage.
  await orphans.locator('.quote').click()
  await orphans.getByRole('button', { name: 'Re-attach' }).click()
  await selectAcross(page, 'สำนักงานพรรคกลางและสำนักงานคณะกรรมการพรรคทุกระดับได้ยืนยัน', 'ยืนยัน', 'บทบาท')
  await page.getByRole('button', { name: 'Attach the orphan here' }).click()
  await expect(orphans).toHaveCount(0)
  await expect(page.locator('.article-text .hl')).toHaveCount(3)
  await expect(page.locator('.article-text .hl', { hasText: 'ยืนยันตำแหน่ง' })).toHaveCount(1)
  await expect(cards(page).filter({ hasText: 'ยืนยันตำแหน่ง' })).toHaveCount(1)
})

test('without a mouse: focus the text, Shift+→ selects word by word, a digit highlights', async ({ page }) => {
  await page.goto(host.url)
  await openArticle(page, 'การดำเนินการปรับปรุงเครื่องมือ')
  const text = page.getByRole('document', { name: 'Article text' })
  await expect(text).toContainText('โดยปฏิบัติตามแนวทาง')
  await text.focus()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
  await page.screenshot({ path: join(screenshots, 'toolbar.png') })
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '')
  expect(selected.length).toBeGreaterThan(3)
  await page.keyboard.press('4')
  await expect(page.locator('.article-text .hl-pink')).toHaveText(selected)
})

test('without a mouse: Shift+↓ selects the first paragraph in view whole, the next one with the next press', async ({
  page
}) => {
  await page.goto(host.url)
  await openArticle(page, 'การดำเนินการปรับปรุงเครื่องมือ')
  const text = page.getByRole('document', { name: 'Article text' })
  await expect(text).toContainText('โดยปฏิบัติตามแนวทาง')
  const paragraphs = await text.locator('> *').allTextContents()
  await text.focus()
  await page.keyboard.press('Shift+ArrowDown')
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '')
  // The whole paragraph, from its first word (a leading list dash is not a word) to its end.
  const first = paragraphs[0] ?? ''
  expect(first.replace(/^[-–•]\s*/, '')).toBe(await selected())
  await page.keyboard.press('Shift+ArrowDown')
  const two = (await selected()).replace(/\s+/g, ' ')
  expect(two.endsWith((paragraphs[1] ?? '').replace(/\s+/g, ' '))).toBe(true)
  expect(two.startsWith(first.replace(/^[-–•]\s*/, '').slice(0, 20))).toBe(true)
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
})

test('a colour key pressed twice at once makes one highlight, shown in the text by the key press itself', async ({
  page
}) => {
  await page.goto(host.url)
  await openArticle(page, 'การดำเนินการปรับปรุงเครื่องมือ')
  await selectAcross(page, 'ภายหลังจากเกือบ 40 ปี', 'ภายหลังจาก', 'นวัตกรรม')
  let creates = 0
  page.on('request', (request) => void (request.url().endsWith('/api/createAnnotation') && creates++))
  // Both presses in one task: the second comes before anything the first one left for later.
  const shownByThePress = await page.evaluate(() => {
    const press = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: '6', bubbles: true }))
    press()
    const shown = document.querySelector('.article-text .hl-orange') !== null
    press()
    return shown
  })
  expect(shownByThePress).toBe(true)
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeHidden()
  await expect(page.locator('.article-text .hl-orange.hl-active')).toBeVisible() // main confirmed it
  expect(creates).toBe(1) // both presses came before main's answer: a second request would be counted
  await expect(cards(page).filter({ hasText: 'ภายหลังจาก' })).toHaveCount(1)
  await expect(page.locator('.article-text [class*="ann-pending-"]')).toHaveCount(0)
})
