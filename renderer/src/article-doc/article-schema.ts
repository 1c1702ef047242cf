// The reader's document model: an article is a sequence of headings and paragraphs of plain text.
// No marks: highlights are decorations (view state), never document content.
import { Schema, type Node } from 'prosemirror-model'
import type { ArticleBlock } from '../../../common/model/article-types'

export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    heading: { group: 'block', content: 'text*', toDOM: () => ['h3', { class: 'section-heading' }, 0] },
    caption: { group: 'block', content: 'text*', toDOM: () => ['p', { class: 'caption' }, 0] },
    text: {}
  }
})

/** Text goes in as text nodes, never parsed as HTML, so article content cannot inject markup. */
export function articleDoc(blocks: ArticleBlock[]): Node {
  const nodes = blockNodes(blocks)
  if (nodes.length === 0) nodes.push(articleSchema.nodes.paragraph.create())
  return articleSchema.nodes.doc.create(null, nodes)
}

/** The blocks as document nodes (also appended to a long article's document, progressive-doc.ts). */
export function blockNodes(blocks: ArticleBlock[]): Node[] {
  return blocks.map((block) => {
    const type = articleSchema.nodes[block.kind]
    return type.create(null, block.text === '' ? null : articleSchema.text(block.text))
  })
}
