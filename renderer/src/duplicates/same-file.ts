// The same file imported more than once (two folders, or two names): found by the content hash
// every summary carries, at once and without the index, so the library flags it rather than
// listing one article twice without a word.
import type { ArticleSummary } from '../../../common/model/article-types'

export type FilePlace = Pick<ArticleSummary, 'id' | 'folder' | 'file'>

const NONE: readonly FilePlace[] = []
const placesOf = new WeakMap<readonly ArticleSummary[], Map<string, readonly FilePlace[]>>()

/** For each article whose bytes are in the library more than once, the other places they are. */
export function sameFileElsewhere(list: readonly ArticleSummary[]): Map<string, readonly FilePlace[]> {
  let others = placesOf.get(list)
  if (others) return others
  const byHash = new Map<string, FilePlace[]>()
  for (const { id, folder, file, contentHash } of list) {
    const places = byHash.get(contentHash)
    if (places) places.push({ id, folder, file })
    else byHash.set(contentHash, [{ id, folder, file }])
  }
  others = new Map()
  for (const places of byHash.values())
    if (places.length > 1)
      for (const place of places)
        others.set(
          place.id,
          places.filter((other) => other !== place)
        )
  placesOf.set(list, others)
  return others
}

export const sameFileOf = (list: readonly ArticleSummary[], id: string): readonly FilePlace[] =>
  sameFileElsewhere(list).get(id) ?? NONE
