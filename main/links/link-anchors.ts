// Where each end of a link sits in its article's current text: exactly (the text is unchanged),
// found again by its quote after an edit, or orphaned. The same re-anchoring every highlight gets
// (main/anchoring); an end found verbatim at a new place is written back, as AnchoredViews does.
import { codePointOffsets, describeRange, reanchor } from '../anchoring'
import type { LinkAnchor, LinkEnd } from '../../common/model/link-types'
import { textHashOf } from '../annotations/anchored-views'

export interface AnchoredEnd {
  anchor: LinkAnchor
  /** The end with selectors taken afresh, when it moved verbatim (lossless: worth storing). */
  moved: LinkEnd | null
}

/** A text with its hash, computed once however many ends it holds. */
export interface HashedText {
  text: string
  hash: string
}

export const hashedText = (text: string): HashedText => ({ text, hash: textHashOf(text) })

export class LinkAnchors {
  /** Anchors found this session by target (the stored object) and text hash: fuzzy ones are not written back. */
  private readonly found = new WeakMap<LinkEnd['target'], { hash: string; anchor: LinkAnchor }>()

  /** `text` null: the article left the library, so the end cannot be placed (kept, shown orphaned). */
  anchor(end: LinkEnd, text: HashedText | null): AnchoredEnd {
    if (!text) return { anchor: { status: 'orphan' }, moved: null }
    const { quote, position, textHash } = end.target
    if (textHash === text.hash) {
      const offsets = codePointOffsets(text.text) // stored positions count code points (W3C)
      return {
        anchor: { status: 'exact', start: offsets.toUtf16(position.start), end: offsets.toUtf16(position.end) },
        moved: null
      }
    }
    const cached = this.found.get(end.target)
    if (cached?.hash === text.hash) return { anchor: cached.anchor, moved: null }
    const found = reanchor(text.text, { quote, position })
    const anchor: LinkAnchor =
      found.status === 'orphan' ? { status: 'orphan' } : { status: found.status, start: found.start, end: found.end }
    this.found.set(end.target, { hash: text.hash, anchor })
    const moved =
      found.status === 'moved'
        ? { ...end, target: { ...describeRange(text.text, found.start, found.end), textHash: text.hash } }
        : null
    return { anchor, moved }
  }
}
