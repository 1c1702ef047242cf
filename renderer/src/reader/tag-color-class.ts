import type { Tag } from '../../../common/model/annotation-types'
import { TAG_PALETTE } from '../../../common/model/highlight-colors'

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) || 0)

/** The palette entry nearest a tag's colour: decorations carry classes, never inline styles. */
export function tagColorIndex(hex: string): number {
  const [r, g, b] = rgb(hex)
  let best = 0
  let bestDistance = Infinity
  TAG_PALETTE.forEach((candidate, index) => {
    const [cr, cg, cb] = rgb(candidate)
    const distance = ((r ?? 0) - (cr ?? 0)) ** 2 + ((g ?? 0) - (cg ?? 0)) ** 2 + ((b ?? 0) - (cb ?? 0)) ** 2
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  return best
}

export function tagColorClasses(tags: Tag[]): Map<string, string> {
  return new Map(tags.map((tag) => [tag.id, `tagc-${tagColorIndex(tag.color)}`]))
}
