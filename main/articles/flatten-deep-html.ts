// Readability's time grows steeply with the nesting depth of a page (measured: 0.2 s at 100 levels,
// 8 s at 800; 3,000 levels threw a RangeError), while real news pages nest some 30 levels. So
// before it sees a page, everything below MAX_DEPTH is replaced by its own text, one paragraph per
// block element: the words still reach the reader, only the deep markup is lost. Every walk here
// keeps its own stack: recursion is what a deep page would overflow.

export const MAX_DEPTH = 100

/** The little of linkedom's DOM this module uses (the main process has no DOM types). */
interface PageNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  childNodes: ArrayLike<PageNode>
}
interface PageElement extends PageNode {
  children: ArrayLike<PageElement>
  textContent: string | null
  appendChild(node: PageElement): PageElement
}
export interface PageDocument {
  documentElement: PageElement | null
  createElement(tagName: string): PageElement
}

const ELEMENT = 1
const TEXT = 3
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL'
])
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'])

/** Flattens what lies below MAX_DEPTH; returns the page's greatest depth when it did, else null. */
export function flattenDeepElements(document: PageDocument): number | null {
  const root = document.documentElement
  if (!root) return null
  let deepest: number | null = null
  const stack: [PageElement, number][] = [[root, 1]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, depth] = entry
    if (depth < MAX_DEPTH) {
      for (const child of Array.from(element.children)) stack.push([child, depth + 1])
    } else if (element.children.length > 0) {
      const { paragraphs, depth: below } = textBlocks(element)
      deepest = Math.max(deepest ?? 0, depth + below)
      element.textContent = ''
      for (const text of paragraphs) element.appendChild(document.createElement('p')).textContent = text
    }
  }
  return deepest
}

/** The text under `element`, cut into paragraphs at block elements, and how many levels lie below it. */
function textBlocks(element: PageElement): { paragraphs: string[]; depth: number } {
  const paragraphs: string[] = []
  let current = ''
  let depth = 0
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim()
    if (text !== '') paragraphs.push(text)
    current = ''
  }
  // Entries are nodes to read, or `null` for "a block element ends here".
  const stack: ([PageNode, number] | null)[] = Array.from(
    element.childNodes,
    (node) => [node, 1] as [PageNode, number]
  ).reverse()
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry === null) {
      flush()
      continue
    }
    const [node, level] = entry
    if (node.nodeType === TEXT) current += node.nodeValue ?? ''
    if (node.nodeType !== ELEMENT || NO_TEXT.has(node.nodeName.toUpperCase())) continue
    depth = Math.max(depth, level)
    const block = BLOCK.has(node.nodeName.toUpperCase())
    if (block) {
      flush()
      stack.push(null)
    }
    const children = Array.from(node.childNodes)
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as PageNode, level + 1])
  }
  flush()
  return { paragraphs, depth }
}
