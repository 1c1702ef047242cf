// A tag and, when asked, every tag nested under it: "with its sub-tags" as QDA tools code a parent.
import type { Tag } from '../../common/model/annotation-types'

export function tagFamily(tags: ReadonlyMap<string, Tag>, id: string, withSubTags: boolean): Set<string> {
  const family = new Set([id])
  if (!withSubTags) return family
  const children = new Map<string, string[]>()
  for (const tag of tags.values())
    if (tag.parentId !== null) children.set(tag.parentId, [...(children.get(tag.parentId) ?? []), tag.id])
  // Breadth first; the set stops a loop a hand-edited store might hold.
  const queue = [id]
  for (let next = queue.shift(); next !== undefined; next = queue.shift())
    for (const child of children.get(next) ?? [])
      if (!family.has(child)) {
        family.add(child)
        queue.push(child)
      }
  return family
}
