// What the kill test knows was acknowledged, annotation by annotation, and the check after each
// kill: an acknowledged create or edit must be on disk (that version or a later one), an
// acknowledged delete must stay deleted. A change sent but not yet answered may land or not.
import type { Annotation } from '../../common/model/annotation-types'

interface Entry {
  /** The last acknowledged state: a version of the note, or deleted. */
  acknowledged: number | 'deleted'
  /** A delete was sent after that acknowledgement (it may have landed). */
  deleteSent: boolean
}

export class KillLedger {
  private readonly entries = new Map<string, Entry>()
  acknowledged = 0
  readonly byKind = { creates: 0, edits: 0, deletes: 0 }
  readonly latenciesMs: number[] = []

  /** One line of the child's output (see tests/support/annotation-api-child.ts). */
  read(line: string): void {
    const [kind, id = '', a, b] = line.split(' ')
    if (kind === 'x') {
      const entry = this.entries.get(id)
      if (entry) entry.deleteSent = true
      return
    }
    if (kind !== 'c' && kind !== 'u' && kind !== 'd') return
    this.acknowledged += 1
    this.byKind[kind === 'c' ? 'creates' : kind === 'u' ? 'edits' : 'deletes'] += 1
    this.latenciesMs.push(Number(kind === 'd' ? a : b))
    this.entries.set(id, { acknowledged: kind === 'd' ? 'deleted' : Number(a), deleteSent: false })
  }

  /** Compares the store after a kill with what was acknowledged; returns what was lost, then
   * takes the store's state as the starting point of the next round. */
  check(onDisk: Annotation[]): string[] {
    const versions = new Map(onDisk.map((annotation) => [annotation.id, Number(annotation.note.slice(1))]))
    const lost: string[] = []
    for (const [id, entry] of this.entries) {
      const found = versions.get(id)
      if (entry.acknowledged === 'deleted') {
        if (found !== undefined) lost.push(`${id}: deleted (acknowledged) but back, at v${found}`)
      } else if (found === undefined) {
        if (!entry.deleteSent) lost.push(`${id}: v${entry.acknowledged} acknowledged, missing`)
      } else if (found < entry.acknowledged) lost.push(`${id}: v${entry.acknowledged} acknowledged, v${found} on disk`)
    }
    // Ids are never reused: one gone now must stay gone in every later round too.
    for (const entry of this.entries.values()) entry.acknowledged = 'deleted'
    for (const [id, version] of versions) this.entries.set(id, { acknowledged: version, deleteSent: false })
    return lost
  }
}
