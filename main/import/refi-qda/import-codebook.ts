// A peer's codebook added to ours as one undoable action: each code becomes a tag under the tag
// its parent code became, with its colour and description. A code named as a tag we have (same
// name after NFC and case folding) is that tag: first looked for under the same parent, then
// anywhere, since the codebook keeps tag names unique. So importing the same file twice, or our
// own export, adds nothing the second time. The "Themes" and "Documents" folders of our own
// projects (known by their GUIDs) are findings, not codes the user made: they are not imported.
import { randomUUID } from 'node:crypto'
import type { Tag } from '../../../common/model/annotation-types'
import { TAG_PALETTE } from '../../../common/model/highlight-colors'
import type { AnnotationService } from '../../annotations/annotation-service'
import type { Transaction } from '../../annotations/transaction'
import { refiGuid } from '../../export/refi-qda/refi-guid'
import type { ImportedCode } from './parse-codebook'

const CROSSREAD_FINDINGS = new Set([refiGuid('group', 'theme-folder'), refiGuid('group', 'document-folder')])

/** The longest tag name and description the API accepts (contract.ts `createTag`). */
const TAG_NAME_MAX = 200
const DESCRIPTION_MAX = 10_000

export async function importCodebook(
  annotations: AnnotationService,
  codes: ImportedCode[],
  now: string
): Promise<{ tagsAdded: number }> {
  return annotations.runImport('import codebook', { articleIds: [], annotationIds: [] }, (tx) => {
    let tagsAdded = 0
    const place = (code: ImportedCode, parentId: string | null): void => {
      if (CROSSREAD_FINDINGS.has(code.guid.replace(/[{}]/g, '').toLowerCase())) return
      const name = clip(code.name.normalize('NFC').trim(), TAG_NAME_MAX)
      let tag = sameName(tx, name, parentId)
      if (!tag) {
        tag = {
          id: `t${randomUUID().replace(/-/g, '').slice(0, 12)}`,
          name,
          color: code.color ?? TAG_PALETTE[tx.store.tags.size % TAG_PALETTE.length] ?? '#2f5d62',
          description: clip(code.description, DESCRIPTION_MAX),
          parentId,
          created: now
        }
        tx.putTag(tag)
        tagsAdded++
      }
      for (const child of code.children) place(child, tag.id)
    }
    for (const code of codes) place(code, null)
    return { tagsAdded }
  })
}

const fold = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase()

/** The tag of this name under `parentId`, else anywhere in the codebook. */
function sameName(tx: Transaction, name: string, parentId: string | null): Tag | undefined {
  const named = [...tx.store.tags.values()].filter((tag) => fold(tag.name) === fold(name))
  return named.find((tag) => tag.parentId === parentId) ?? named[0]
}

/** At most `max` UTF-16 units (as zod counts them), never cutting a surrogate pair in two. */
function clip(text: string, max: number): string {
  let clipped = ''
  for (const point of text) {
    if (clipped.length + point.length > max) break
    clipped += point
  }
  return clipped
}
