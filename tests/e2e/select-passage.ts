// Selects a passage in a reader pane as a mouse would (press, drag, release), for end-to-end
// specs that annotate or link: the annotate toolbar must then show.
import { expect, type Locator } from '@playwright/test'

/** Selects from the start of `from` to the end of `to` in the pane's paragraph holding both. */
export async function selectPassage(pane: Locator, from: string, to: string): Promise<void> {
  await pane.locator('.article-text').evaluate(
    (text, { from, to }) => {
      const paragraph = [...text.children].find((p) => p.textContent?.includes(from) && p.textContent.includes(to))
      if (!paragraph) throw new Error(`no paragraph with ${from} … ${to}`)
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
      const find = (needle: string) => {
        for (const node of nodes) {
          const at = node.data.indexOf(needle)
          if (at >= 0) return { node, at }
        }
        throw new Error(`no text ${needle}`)
      }
      // As a mouse press would: the pane pressed in becomes the one in use (its keys answer).
      paragraph.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
      const start = find(from)
      const end = find(to)
      window.getSelection()?.setBaseAndExtent(start.node, start.at, end.node, end.at + to.length)
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    },
    { from, to }
  )
  await expect(pane.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible()
}
