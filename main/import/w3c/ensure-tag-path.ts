// A tag named in an imported file, found in the codebook by name (case and Unicode form aside) or
// created; our own files give the tag's path from the root, so missing parents come with it.
import type { Tag } from '../../../common/model/annotation-types'
import * as codebook from '../../annotations/codebook'
import type { Transaction } from '../../annotations/transaction'

/** The tag at the end of `path` (never empty); each missing tag is created under the one before it. */
export function ensureTagPath(tx: Transaction, path: string[], now: string, added: () => void): Tag {
  let parent: Tag | null = null
  for (const name of path) {
    let tag = codebook.findByName(tx, name)
    if (!tag) {
      tag = codebook.createTag(tx, { name, parentId: parent?.id ?? null }, now)
      added()
    }
    parent = tag
  }
  if (!parent) throw new Error('ensureTagPath: a tag path is never empty')
  return parent
}
