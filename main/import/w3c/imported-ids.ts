// Our ids for what a file brings, so that importing the same file again merges instead of
// doubling. An annotation id carries its article's shard (store-layout.ts): one of ours is kept
// when it belongs to the article found here; any other (Hypothesis', or ours for an article whose
// id differs in this library) becomes a hash of the file's id under the right shard.
import { createHash } from 'node:crypto'
import { ownAnnotationId, ownLinkId } from '../../export/w3c/w3c-terms'
import { shardOf, shardOfId } from '../../store/store-layout'

const digest = (text: string): string => createHash('sha1').update(text).digest('hex')

export function annotationIdFor(fileId: string, articleId: string): string {
  const shard = shardOf(articleId)
  const own = ownAnnotationId(fileId)
  if (own && shardOfId(own) === shard) return own
  return `n${shard}${digest(fileId).slice(0, 14)}`
}

export function linkIdFor(fileId: string): string {
  return ownLinkId(fileId) ?? `l${digest(fileId).slice(0, 16)}`
}
