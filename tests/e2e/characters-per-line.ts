// How many Thai characters the reader sets to a line, in the article's longest paragraph (a Thai
// word is some 4–8 characters): what a narrow window or a wide pane does to the measure.
import type { Page } from '@playwright/test'

export const charactersPerLine = (page: Page) =>
  page
    .getByRole('main', { name: 'Reader' })
    .first()
    .locator('.article-text')
    .evaluate((element) => {
      const paragraphs = [...element.querySelectorAll('p')]
      const longest = paragraphs.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!
      const range = document.createRange()
      range.selectNodeContents(longest)
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      return longest.textContent!.length / lines
    })
