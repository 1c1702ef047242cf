// The codebook's shape: a flat list of tags from main, shown and chosen from as a tree.
import type { Tag } from '../../../common/model/annotation-types'
import { plainLabel } from '../bidi/bidi-controls'

export interface TagNode {
  tag: Tag
  children: TagNode[]
}

/** A tag in tree order, with how deep it is nested (0 at top level). */
export interface TagEntry {
  tag: Tag
  depth: number
}

/** Thai dictionary order (leading vowels such as เ and ไ sort by the consonant after them). */
export const byName = (a: Tag, b: Tag): number => a.name.localeCompare(b.name, 'th') || a.id.localeCompare(b.id)

/**
 * The tags as a forest, siblings by name. A tag whose parent is not in the list, or that sits in a
 * loop (main refuses loops, but a hand-edited store could hold one), goes to the top level rather
 * than vanishing from the codebook.
 */
export function buildTree(tags: readonly Tag[]): TagNode[] {
  const known = new Set(tags.map((tag) => tag.id))
  const childrenOf = new Map<string | null, Tag[]>()
  for (const tag of tags) {
    const parent = tag.parentId !== null && tag.parentId !== tag.id && known.has(tag.parentId) ? tag.parentId : null
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), tag])
  }
  const placed = new Set<string>()
  const grow = (tag: Tag): TagNode => {
    placed.add(tag.id)
    const children = [...(childrenOf.get(tag.id) ?? [])].sort(byName).filter((child) => !placed.has(child.id))
    return { tag, children: children.map(grow) }
  }
  const roots = [...(childrenOf.get(null) ?? [])].sort(byName).map(grow)
  for (const tag of [...tags].sort(byName)) if (!placed.has(tag.id)) roots.push(grow(tag))
  return roots.sort((a, b) => byName(a.tag, b.tag))
}

export function flatten(nodes: readonly TagNode[], depth = 0): TagEntry[] {
  return nodes.flatMap((node) => [{ tag: node.tag, depth }, ...flatten(node.children, depth + 1)])
}

/** The ids of a tag's sub-tags, their sub-tags, and so on (not the tag itself). */
export function descendantIds(tags: readonly Tag[], id: string): Set<string> {
  const found = (nodes: readonly TagNode[]): TagNode | undefined => {
    for (const node of nodes) {
      if (node.tag.id === id) return node
      const inner = found(node.children)
      if (inner) return inner
    }
    return undefined
  }
  const node = found(buildTree(tags))
  return new Set(node ? flatten(node.children).map((entry) => entry.tag.id) : [])
}

/** Where a tag may be nested: anywhere but under itself or its own sub-tags. `null`: a new tag. */
export function parentChoices(tags: readonly Tag[], id: string | null): TagEntry[] {
  const entries = flatten(buildTree(tags))
  if (id === null) return entries
  const below = descendantIds(tags, id)
  return entries.filter((entry) => entry.tag.id !== id && !below.has(entry.tag.id))
}

/**
 * Which tags a tag may be merged into. Not its sub-sub-tags: main moves the merged tag's sub-tags
 * under the survivor, so a survivor deeper than one level would end up nested under its own child.
 */
export function mergeChoices(tags: readonly Tag[], id: string): TagEntry[] {
  const below = descendantIds(tags, id)
  return flatten(buildTree(tags)).filter(
    (entry) => entry.tag.id !== id && (!below.has(entry.tag.id) || entry.tag.parentId === id)
  )
}

/** An option's text: a <select> cannot indent its options, so no-break spaces do it; controls shown (plainLabel). */
export const optionLabel = (entry: TagEntry): string =>
  `${'\u00a0\u00a0\u00a0'.repeat(entry.depth)}${plainLabel(entry.tag.name)}`
