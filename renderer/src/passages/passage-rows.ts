// The passages list as pages of main's sorted answer: which pages a visible range needs, the
// passage at an index, and whether a passage opens its article's group (its header shows above it).
import type { Passage, PassagePage } from '../../../common/model/passages'

/** Passages a request asks for: a few screens of the column, one small answer. */
export const PAGE_SIZE = 100

/** The pages holding rows `from`..`to` (inclusive), the first page always among them (it carries the total). */
export function pagesFor(from: number, to: number): number[] {
  const pages = new Set([0])
  for (let page = Math.floor(Math.max(0, from) / PAGE_SIZE); page <= Math.floor(Math.max(0, to) / PAGE_SIZE); page++)
    pages.add(page)
  return [...pages]
}

export type LoadedPages = ReadonlyMap<number, PassagePage>

export function passageAt(pages: LoadedPages, index: number): Passage | undefined {
  const page = pages.get(Math.floor(index / PAGE_SIZE))
  return page?.passages[index - (page?.offset ?? 0)]
}

/** The article of the passage before `index`, from its own page or (first of a page) the page's `before`. */
function articleBefore(pages: LoadedPages, index: number): string | null | undefined {
  if (index === 0) return null
  if (index % PAGE_SIZE === 0) return pages.get(index / PAGE_SIZE)?.before
  return passageAt(pages, index - 1)?.articleId
}

/** True when the passage at `index` is its article's first; undefined while its page is loading. */
export function opensGroup(pages: LoadedPages, index: number): boolean | undefined {
  const passage = passageAt(pages, index)
  const before = articleBefore(pages, index)
  return passage === undefined || before === undefined ? undefined : passage.articleId !== before
}
