// Making a highlight from a pane's selection, and pinning an orphan to it: the two actions that
// turn the selection into an annotation, painted at once and confirmed by main after.
import { startTransition, useCallback, useRef, useState, type RefObject } from 'react'
import type { AnnotationView, HighlightColor } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import type { AnnotationsView } from '../annotations/use-annotations'
import { afterNextPaint } from '../reader/after-next-paint'
import type { ArticleViewHandle, TextSelectionInfo } from '../reader/ArticleView'

export interface NewAnnotationInput {
  color: HighlightColor
  tags: string[]
  newTags: string[]
  note: string
}

interface Inputs {
  articleId: string | null
  annotations: AnnotationsView
  reader: RefObject<ArticleViewHandle | null>
  selection: TextSelectionInfo | null
  setSelection: (selection: TextSelectionInfo | null) => void
  setActiveId: (id: string | null) => void
  reattachingId: string | null
  setReattachingId: (id: string | null) => void
}

export function useAnnotationActions(inputs: Inputs) {
  const { articleId, annotations, reader, selection, setSelection, setActiveId } = inputs
  const { reattachingId, setReattachingId } = inputs
  const [lastColor, setLastColor] = useState<HighlightColor>('yellow')
  // The selection each new highlight was made from: a second key press before the toolbar closes
  // (it closes in a transition) must not make a second highlight of it.
  const usedSelection = useRef<TextSelectionInfo | null>(null)

  const create = useCallback(
    async (input: NewAnnotationInput) => {
      if (!articleId || !selection || usedSelection.current === selection) return
      usedSelection.current = selection
      const target = { articleId, start: selection.start, end: selection.end }
      const now = new Date().toISOString()
      const localId = `pending-${now}`
      const local: AnnotationView = {
        id: localId,
        articleId,
        target: {
          quote: { type: 'TextQuoteSelector', exact: selection.quote, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: target.start, end: target.end },
          textHash: ''
        },
        color: input.color,
        tags: input.tags,
        note: input.note,
        created: now,
        modified: now,
        anchor: { status: 'exact', start: target.start, end: target.end }
      }
      // Painted in this frame by the reader alone: re-rendering the app around it (the sidebar's
      // card, the toolbar closing) cost as much again as the frame, so it follows as a transition.
      // The selection goes first: left in the text, the view would redraw it too.
      reader.current?.clearSelection()
      reader.current?.showPending(local)
      startTransition(() => {
        setLastColor(input.color)
        annotations.showLocally(local)
        setSelection(null)
      })
      await afterNextPaint()
      const created = await annotations.run(api.createAnnotation({ ...target, ...input }))
      annotations.settle(localId, created) // the list itself follows main's change event
      if (created) setActiveId(created.id)
    },
    [articleId, selection, annotations, reader, setSelection, setActiveId]
  )

  const reattach = useCallback(async () => {
    if (!reattachingId || !selection) return
    await annotations.run(api.reattachAnnotation({ id: reattachingId, start: selection.start, end: selection.end }))
    setActiveId(reattachingId)
    setReattachingId(null)
    setSelection(null)
    reader.current?.clearSelection()
  }, [reattachingId, selection, annotations, reader, setActiveId, setReattachingId, setSelection])

  return { lastColor, create, reattach }
}
