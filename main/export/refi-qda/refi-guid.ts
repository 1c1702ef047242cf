// REFI-QDA GUIDs derived from our ids (uuid v5, as Taguette derives them), so that exporting the
// same work twice gives the same GUIDs and a peer tool can tell a re-export from new material.
import { v5 as uuidv5 } from 'uuid'

/** uuid v5 of `https://crossread.app/refi-qda` under the URL namespace; never change it. */
export const CROSSREAD_REFI_NAMESPACE = '91c68169-3812-5cf0-9cc5-88de43d5c665'

/** What a GUID stands for: the same id under two kinds gives two GUIDs. */
export type RefiKind =
  | 'user'
  | 'tag'
  | 'source'
  | 'highlight'
  | 'coding'
  | 'note'
  | 'memo'
  | 'link'
  | 'link-note'
  | 'link-end'
  | 'group'
  | 'theme'
  | 'evidence'
  | 'document'
  | 'mention'

export const refiGuid = (kind: RefiKind, id: string): string => uuidv5(`${kind}:${id}`, CROSSREAD_REFI_NAMESPACE)
