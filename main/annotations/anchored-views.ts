// An article's annotations as the reader shows them: each anchored in the article's current text,
// exactly (its text unchanged), or found again by its quote after an edit, or an orphan. Fuzzy
// anchors are remembered for the session; an exact quote found at a new place is written back.
import { createHash } from 'node:crypto'
import { codePointOffsets, describeRange, reanchor, type CodePointOffsets } from '../anchoring'
import type { Annotation, AnnotationView } from '../../common/model/annotation-types'
import type { AnnotationStore } from '../store/annotation-store'

export const textHashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

export class AnchoredViews {
  /** Fuzzy anchors found this session, by annotation id and text hash: not written back. */
  private readonly anchors = new Map<string, { textHash: string; anchor: AnnotationView['anchor'] }>()

  constructor(private readonly store: AnnotationStore) {}

  /** The article's annotations anchored in `text`, in text order (orphans last). */
  list(articleId: string, text: string): AnnotationView[] {
    const hash = textHashOf(text)
    const offsets = codePointOffsets(text) // once per text: an article may carry a thousand annotations
    const views: AnnotationView[] = []
    const moved: Annotation[] = []
    for (const annotation of this.store.annotationsOf(articleId)) {
      const view = this.anchor(annotation, text, hash, offsets)
      views.push(view)
      // An exact quote found again is lossless: store its new selectors so it need not be searched again.
      if (view.anchor.status === 'moved')
        moved.push({
          ...annotation,
          target: { ...describeRange(text, view.anchor.start, view.anchor.end), textHash: hash }
        })
    }
    if (moved.length > 0 && !this.store.readOnly) {
      for (const annotation of moved) this.store.put(annotation)
      this.store.changed()
    }
    const position = (view: AnnotationView) =>
      view.anchor.status === 'orphan' ? Number.MAX_SAFE_INTEGER : view.anchor.start
    return views.sort((a, b) => position(a) - position(b) || a.created.localeCompare(b.created))
  }

  forgetAll(): void {
    this.anchors.clear()
  }

  /** The annotation's target changed (or it went): its remembered anchor no longer holds. */
  forget(annotationId: string): void {
    this.anchors.delete(annotationId)
  }

  private anchor(annotation: Annotation, text: string, hash: string, offsets: CodePointOffsets): AnnotationView {
    const { quote, position } = annotation.target
    // Stored positions count code points (W3C); the reader works in UTF-16 offsets.
    if (annotation.target.textHash === hash)
      return {
        ...annotation,
        anchor: { status: 'exact', start: offsets.toUtf16(position.start), end: offsets.toUtf16(position.end) }
      }
    const cached = this.anchors.get(annotation.id)
    if (cached?.textHash === hash) return { ...annotation, anchor: cached.anchor }
    const found = reanchor(text, { quote, position })
    const anchor: AnnotationView['anchor'] =
      found.status === 'orphan' ? { status: 'orphan' } : { status: found.status, start: found.start, end: found.end }
    this.anchors.set(annotation.id, { textHash: hash, anchor })
    return { ...annotation, anchor }
  }
}
