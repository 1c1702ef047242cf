// The codebook: tags shared by all articles, nestable, renamed, recoloured, merged and deleted
// without losing which passages they code.
import { randomUUID } from 'node:crypto'
import { ApiError } from '../../common/errors/api-error'
import type { Tag } from '../../common/model/annotation-types'
import type { Transaction } from './transaction'

import { TAG_PALETTE } from '../../common/model/highlight-colors'

const sameName = (a: string, b: string) =>
  a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase()

export function findByName(tx: Transaction, name: string): Tag | undefined {
  return [...tx.store.tags.values()].find((tag) => sameName(tag.name, name))
}

export function createTag(
  tx: Transaction,
  input: { name: string; color?: string; description?: string; parentId?: string | null },
  now: string
): Tag {
  const name = input.name.normalize('NFC').trim()
  if (name === '') throw new ApiError('invalid-input', 'A tag needs a name.')
  if (findByName(tx, name)) throw new ApiError('invalid-input', `There is already a tag called “${name}”.`)
  if (input.parentId && !tx.store.tags.has(input.parentId))
    throw new ApiError('not-found', 'The parent tag no longer exists.')
  const tag: Tag = {
    id: `t${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    name,
    color: input.color ?? TAG_PALETTE[tx.store.tags.size % TAG_PALETTE.length] ?? '#2f5d62',
    description: input.description ?? '',
    parentId: input.parentId ?? null,
    created: now
  }
  tx.putTag(tag)
  return tag
}

/** The tag with this name, created if there is none (for a tag typed in place). */
export function ensureTag(tx: Transaction, name: string, now: string): Tag {
  return findByName(tx, name) ?? createTag(tx, { name }, now)
}

export function updateTag(
  tx: Transaction,
  input: { id: string; name?: string; color?: string; description?: string; parentId?: string | null }
): Tag {
  const tag = existing(tx, input.id)
  const name = input.name?.normalize('NFC').trim()
  if (name !== undefined) {
    if (name === '') throw new ApiError('invalid-input', 'A tag needs a name.')
    const clash = findByName(tx, name)
    if (clash && clash.id !== tag.id)
      throw new ApiError('invalid-input', `There is already a tag called “${name}”: merge them instead.`)
  }
  if (input.parentId !== undefined && input.parentId !== null) {
    // Nesting a tag under itself or one of its descendants would make a loop.
    for (let parent: string | null = input.parentId; parent !== null; parent = existing(tx, parent).parentId) {
      if (parent === tag.id)
        throw new ApiError('invalid-input', 'A tag cannot be nested under itself or one of its own sub-tags.')
    }
  }
  const updated: Tag = {
    ...tag,
    name: name ?? tag.name,
    color: input.color ?? tag.color,
    description: input.description ?? tag.description,
    parentId: input.parentId === undefined ? tag.parentId : input.parentId
  }
  tx.putTag(updated)
  return updated
}

/** `from`'s annotations and sub-tags move to `into`, then `from` goes. */
export function mergeTags(tx: Transaction, fromId: string, intoId: string, now: string): Tag {
  if (fromId === intoId) throw new ApiError('invalid-input', 'Choose two different tags to merge.')
  const from = existing(tx, fromId)
  const into = existing(tx, intoId)
  retag(tx, from.id, into.id, now)
  // A survivor nested anywhere under the merged tag first moves up to its place: otherwise the
  // merged tag's sub-tags, moving under the survivor, could end up above it (a loop).
  if (isDescendant(tx, into.id, from.id)) tx.putTag({ ...into, parentId: from.parentId })
  for (const child of [...tx.store.tags.values()].filter((tag) => tag.parentId === from.id)) {
    if (child.id !== into.id) tx.putTag({ ...child, parentId: into.id })
  }
  tx.deleteTag(from.id)
  return existing(tx, into.id)
}

/** The tag leaves every annotation; its sub-tags move up to its parent. */
export function deleteTag(tx: Transaction, id: string, now: string): void {
  const tag = existing(tx, id)
  retag(tx, tag.id, null, now)
  for (const child of [...tx.store.tags.values()].filter((candidate) => candidate.parentId === tag.id))
    tx.putTag({ ...child, parentId: tag.parentId })
  tx.deleteTag(tag.id)
}

/** Needs every shard loaded (`store.ensureAll()`): a tag is used across articles. */
function retag(tx: Transaction, from: string, to: string | null, now: string): void {
  for (const annotation of [...tx.store.loaded()]) {
    if (!annotation.tags.includes(from)) continue
    const tags = annotation.tags.flatMap((id) => (id === from ? (to ? [to] : []) : [id]))
    tx.putAnnotation({ ...annotation, tags: [...new Set(tags)], modified: now })
  }
}

function isDescendant(tx: Transaction, id: string, ancestor: string): boolean {
  for (
    let parent = tx.store.tags.get(id)?.parentId ?? null;
    parent !== null;
    parent = tx.store.tags.get(parent)?.parentId ?? null
  ) {
    if (parent === ancestor) return true
  }
  return false
}

function existing(tx: Transaction, id: string): Tag {
  const tag = tx.store.tags.get(id)
  if (!tag) throw new ApiError('not-found', 'That tag no longer exists.')
  return tag
}
