import { useEffect, useRef } from 'react'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { ArticleBlock } from '../../../main/articles/article-types'
import { articleDoc } from './article-schema'

/** A read-only prosemirror-view over the article's blocks; one view, its state swapped per article. */
export function ArticleView({ blocks }: { blocks: ArticleBlock[] }) {
  const mount = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)

  useEffect(() => {
    if (!mount.current) return
    const created = new EditorView(mount.current, {
      state: EditorState.create({ doc: articleDoc([]) }),
      editable: () => false,
      attributes: { class: 'article-text', lang: 'th', 'aria-label': 'Article text', role: 'document' }
    })
    view.current = created
    return () => {
      created.destroy()
      view.current = null
    }
  }, [])

  useEffect(() => {
    view.current?.updateState(EditorState.create({ doc: articleDoc(blocks) }))
  }, [blocks])

  return <div ref={mount} />
}
