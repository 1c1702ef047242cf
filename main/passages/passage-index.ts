// Every annotation as a passage record, with the ids carrying each tag, so that a
// filter reads a few sets instead of 256 shard files (2.2 s at 100,000 annotations). Built once, on
// the first request, from the shards as they are (not kept loaded); then kept current from the
// diff of every action, undo and redo, so it never reads a shard again.
import type { Annotation } from '../../common/model/annotation-types'
import type { EntityChange } from '../annotations/history'
import { recordOf, type PassageRecord } from './passage-record'

/** Visits every annotation, a shard at a time (the store's `visitShards`). */
export type VisitShards = (visit: (annotations: Annotation[]) => Promise<void> | void) => Promise<void>

export interface RecordFilter {
  /** Any of these tags (the index keeps the ids carrying each). */
  tags?: ReadonlySet<string>
  color?: string
  /** Only these annotations (a theme's passages). */
  ids?: ReadonlySet<string>
}

export class PassageIndex {
  private readonly records = new Map<string, PassageRecord>()
  private readonly byTag = new Map<string, Set<string>>()
  /** One string per article id (each shard's JSON gives every annotation its own copy). */
  private readonly articleIds = new Map<string, string>()
  private building: Promise<void> | null = null
  /** Changed by an action while the build was reading: the diff is newer than a shard read before it. */
  private changedWhileBuilding: Set<string> | null = null
  /** Moves on with every change, so that answers derived from the index can be cached. */
  version = 0

  constructor(private readonly visitShards: VisitShards) {}

  /** Resolves once every annotation is in (at once after the first time). */
  ready(): Promise<void> {
    this.building ??= this.build().catch((err: unknown) => {
      this.building = null // asked again, it tries again
      throw err
    })
    return this.building
  }

  get size(): number {
    return this.records.size
  }

  /** The store's files were replaced (a backup restored): everything is read again when next asked. */
  forgetAll(): void {
    this.records.clear()
    this.byTag.clear()
    this.articleIds.clear()
    this.building = null
    this.version += 1
  }

  /** Applies an action's diff (changes of other kinds are ignored). */
  apply(changes: readonly EntityChange[]): void {
    for (const change of changes) {
      if (change.kind !== 'annotation') continue
      this.changedWhileBuilding?.add(change.id)
      this.remove(change.id)
      if (change.after) this.add(change.after)
      this.version += 1
    }
  }

  /** The records that pass every part of `filter`, in no order. */
  select(filter: RecordFilter): PassageRecord[] {
    const { tags, color, ids } = filter
    // Walk the smallest candidate set and test the rest on each record. Colours are tested, not
    // indexed: six colours split the store in sixths, and a scan of 100,000 records takes ~2 ms.
    const candidates: ReadonlySet<string>[] = []
    if (ids) candidates.push(ids)
    if (tags) candidates.push(new Set([...tags].flatMap((tag) => [...(this.byTag.get(tag) ?? [])])))
    const smallest = candidates.sort((a, b) => a.size - b.size)[0]
    const found: PassageRecord[] = []
    for (const record of smallest ? idsToRecords(smallest, this.records) : this.records.values()) {
      if (color && record.color !== color) continue
      if (ids && !ids.has(record.id)) continue
      if (tags && !record.tags.some((tag) => tags.has(tag))) continue
      found.push(record)
    }
    return found
  }

  private async build(): Promise<void> {
    this.changedWhileBuilding = new Set()
    try {
      await this.visitShards((annotations) => {
        for (const annotation of annotations)
          if (!this.changedWhileBuilding?.has(annotation.id) && !this.records.has(annotation.id)) this.add(annotation)
      })
    } finally {
      this.changedWhileBuilding = null
    }
    this.version += 1
  }

  private add(annotation: Annotation): void {
    let articleId = this.articleIds.get(annotation.articleId)
    if (articleId === undefined) this.articleIds.set(annotation.articleId, (articleId = annotation.articleId))
    const record = recordOf(annotation, articleId)
    this.records.set(record.id, record)
    for (const tag of record.tags) setOf(this.byTag, tag).add(record.id)
  }

  private remove(id: string): void {
    const record = this.records.get(id)
    if (!record) return
    this.records.delete(id)
    for (const tag of record.tags) this.byTag.get(tag)?.delete(id)
  }
}

function setOf(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  return set
}

function* idsToRecords(ids: Iterable<string>, records: Map<string, PassageRecord>): Iterable<PassageRecord> {
  for (const id of ids) {
    const record = records.get(id)
    if (record) yield record
  }
}
