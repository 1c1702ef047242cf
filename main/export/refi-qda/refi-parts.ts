// What a REFI-QDA project is assembled from before it becomes XML: selections with their codings,
// and notes, per article (refi-selections.ts, finding-selections.ts, refi-links.ts fill them).

export interface RefiCoding {
  guid: string
  codeGuid: string
  created: string
}

export interface RefiSelection {
  guid: string
  name: string
  /** Code points in the written `.txt`, end exclusive. */
  start: number
  end: number
  description: string
  codings: RefiCoding[]
  noteRefs: string[]
  created: string
  modified: string | null
}

export interface RefiNote {
  guid: string
  name: string
  text: string
  created: string
  modified: string | null
}

export interface ArticleParts {
  selections: RefiSelection[]
  notes: RefiNote[]
  /** Notes on the article as a whole: its memo, its orphaned highlights. */
  sourceNoteRefs: string[]
}
