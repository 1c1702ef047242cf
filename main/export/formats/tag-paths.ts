// A tag named by its place in the codebook, `Parent / Child`, as the tag headings of the Markdown
// notes and the report show it and the highlights CSV writes it; and the codebook in tree order
// (each parent followed by its children, siblings by name) so headings follow the hierarchy.
import type { Tag } from '../../../common/model/annotation-types'

export const TAG_PATH_SEPARATOR = ' / '

/** Every tag's path, from the root down. A cycle in broken data stops at the tag seen twice. */
export function tagPaths(tags: readonly Tag[]): Map<string, string> {
  const byId = new Map(tags.map((tag) => [tag.id, tag]))
  const paths = new Map<string, string>()
  for (const tag of tags) {
    const names: string[] = []
    const seen = new Set<string>()
    for (let at: Tag | undefined = tag; at && !seen.has(at.id); at = byId.get(at.parentId ?? '')) {
      seen.add(at.id)
      names.unshift(at.name)
    }
    paths.set(tag.id, names.join(TAG_PATH_SEPARATOR))
  }
  return paths
}

/** The tags depth first: a root, then its subtree, then the next root; siblings by name. */
export function tagsInTreeOrder(tags: readonly Tag[]): Tag[] {
  const ids = new Set(tags.map((tag) => tag.id))
  const children = new Map<string | null, Tag[]>()
  for (const tag of tags) {
    const parent = tag.parentId && ids.has(tag.parentId) ? tag.parentId : null
    children.set(parent, [...(children.get(parent) ?? []), tag])
  }
  const ordered: Tag[] = []
  const visit = (parent: string | null) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'th'))
    for (const tag of siblings) {
      if (ordered.includes(tag)) continue
      ordered.push(tag)
      visit(tag.id)
    }
  }
  visit(null)
  return ordered
}
