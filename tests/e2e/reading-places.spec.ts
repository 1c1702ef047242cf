// Where the reader left off, per article (issue 15), in Chromium (web mode): an article read to its
// middle, left for another and opened again comes back at the same paragraph; a reload reopens both
// panes at their places; a larger font (Settings) lays the text out again and the same paragraph is
// still at the top; a pane closed keeps its place; an article the last launch left open that has
// gone is skipped, with a notice.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { DEFAULT_READING_SETTINGS } from '../../common/model/reading-settings'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'
import { startTestHost } from '../support/test-host'
import { expectAccessible } from './axe-check'

// Two bundled articles, by the start of their titles: both long enough to scroll far.
const LANGSON = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const NHANDAN = 'พัฒนาและปรับปรุงงานให้คำปรึกษาและบริการอย่างต่อเนื่อง'
const host = hostForSpec()

const first = (page: Page) => page.getByRole('main', { name: 'Reader' })
const second = (page: Page) => page.getByRole('main', { name: 'Second pane' })
const heading = (pane: Locator) => pane.getByRole('heading', { level: 1 })
const row = (page: Page, title: string) =>
  page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: title })

/** Brings the paragraph `share` of the way through the article to the pane's top; returns its text. */
const readTo = (pane: Locator, share: number) =>
  pane.evaluate((scroller, at) => {
    const blocks = [...scroller.querySelectorAll('.ProseMirror > *')]
    const block = blocks[Math.floor(blocks.length * at)] as HTMLElement
    scroller.scrollTop += block.getBoundingClientRect().top - scroller.getBoundingClientRect().top
    return block.textContent ?? ''
  }, share)

/** The text of the paragraph at the pane's top (the first one not scrolled away above it). */
const paragraphAtTop = (pane: Locator) =>
  pane.evaluate((scroller) => {
    const top = scroller.getBoundingClientRect().top
    const blocks = [...scroller.querySelectorAll('.ProseMirror > *')]
    return blocks.find((block) => block.getBoundingClientRect().bottom > top + 6)?.textContent ?? ''
  })

test('an article reopens where it was left: after another article, after a reload, at a larger font', async ({
  page
}) => {
  test.setTimeout(60_000)
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(host().url)
  await openArticle(page, LANGSON)
  const langsonPlace = await readTo(first(page), 0.5)
  expect(langsonPlace.length).toBeGreaterThan(20)
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)

  // Another article opens at its top (never read); going back (Alt+←) returns to the paragraph left.
  await openArticle(page, NHANDAN)
  expect(await first(page).evaluate((scroller) => scroller.scrollTop)).toBeLessThan(50)
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(heading(first(page))).toContainText(LANGSON)
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)
  // And so does opening it again from the library, after the other one.
  await openArticle(page, NHANDAN)
  await openArticle(page, LANGSON)
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)

  // The other article beside it, read a third of the way; then a reload at once (the page going
  // sends what is not yet saved).
  await row(page, NHANDAN).click({ modifiers: ['ControlOrMeta'] })
  await expect(heading(second(page))).toContainText(NHANDAN)
  const nhandanPlace = await readTo(second(page), 0.35)
  await page.waitForTimeout(500) // the place is noted once scrolling rests
  await page.reload()
  await expect(heading(first(page))).toContainText(LANGSON)
  await expect(heading(second(page))).toContainText(NHANDAN)
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)
  await expect.poll(() => paragraphAtTop(second(page))).toBe(nhandanPlace)
  await page.screenshot({ path: join(screenshots, 'reading-places-reopened.png') })

  // A larger font lays every line out again: the place is words, not pixels.
  await page.keyboard.press('Control+,')
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  const size = dialog.getByRole('slider', { name: 'Size' })
  await size.focus()
  for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight')
  await expect(size).toHaveAttribute('aria-valuetext', '24 px')
  await expect(dialog.getByRole('status')).toHaveText('Saved')
  await page.keyboard.press('Escape')
  await expect(first(page).locator('.article-text')).toHaveCSS('font-size', '24px')
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)
  await expect.poll(() => paragraphAtTop(second(page))).toBe(nhandanPlace)
  await page.waitForTimeout(500)
  await page.reload()
  await expect(heading(first(page))).toContainText(LANGSON)
  await expect(first(page).locator('.article-text')).toHaveCSS('font-size', '24px')
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)
  await expect.poll(() => paragraphAtTop(second(page))).toBe(nhandanPlace)
  // Left for the other and reopened at the larger size: still the same paragraph.
  await first(page).click({ position: { x: 5, y: 5 } })
  await openArticle(page, NHANDAN)
  await openArticle(page, LANGSON)
  await expect.poll(() => paragraphAtTop(first(page))).toBe(langsonPlace)
  await page.screenshot({ path: join(screenshots, 'reading-places-larger-font.png') })

  // The second pane read on and closed at once (Ctrl+Alt+\\): its place is noted as it closes.
  await second(page).click({ position: { x: 5, y: 5 } })
  const nhandanLater = await readTo(second(page), 0.6)
  await page.keyboard.press('ControlOrMeta+Alt+Backslash')
  await expect(second(page)).toHaveCount(0)
  await openArticle(page, NHANDAN)
  await expect.poll(() => paragraphAtTop(first(page))).toBe(nhandanLater)
  expect(problems).toEqual([])
})

for (const language of ['en', 'th'] as const) {
  test(`an article the last launch left open that is gone is skipped, with a notice (${language})`, async ({
    page
  }) => {
    const gone = await startTestHost({
      seed: async (dataDir) => {
        const pane = { articleId: 'removed-since.txt', readTo: 1200 }
        await writeFile(join(dataDir, 'reader-layout.json'), JSON.stringify({ panes: [pane], divider: 0.5, active: 0 }))
        await writeFile(
          join(dataDir, 'reading-settings.json'),
          JSON.stringify({ ...DEFAULT_READING_SETTINGS, language })
        )
      }
    })
    try {
      await page.goto(gone.url)
      const pane = page.getByRole('main', { name: language === 'en' ? 'Reader' : 'ช่องอ่าน' })
      const notice = pane.getByRole('status')
      await expect(notice).toHaveText(
        language === 'en'
          ? 'The article left open here last time is no longer in the library.'
          : 'บทความที่เปิดค้างไว้ในช่องนี้ครั้งก่อนไม่อยู่ในคลังบทความแล้ว'
      )
      await expect(pane.getByRole('alert')).toHaveCount(0)
      await page.screenshot({ path: join(screenshots, `reading-places-skipped-${language}.png`) })
      await expectAccessible(page, `skipped article notice (${language})`)
      // Whatever opens next replaces it.
      await page.getByRole('option').filter({ hasText: NHANDAN }).click()
      await expect(heading(pane)).toContainText(NHANDAN)
      await expect(notice).toHaveCount(0)
    } finally {
      await gone.stop()
    }
  })
}
