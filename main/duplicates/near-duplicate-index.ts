// Main's view of near-duplicates across every shard: the sketches the workers sent (kept by article),
// the pairs found among them (found again in full after each change: a fraction of a second at
// 10,000 articles) and the groups they form once the user's dismissals are left out. Each update
// answers which articles' copies or group changed, for the change event.
import type { SketchChanges } from './shard-sketches'
import { findPairs, NEAR_DUPLICATE_RULE, type PairRule } from './find-pairs'
import { copyGroups } from './copy-groups'

/** One other copy of an article, by the share of text each holds of the other. */
export interface CopyFigures {
  id: string
  shareOfThis: number
  shareOfCopy: number
  jaccard: number
  shared: number
}

export class NearDuplicateIndex {
  private readonly sketches = new Map<string, Uint32Array>()
  /** The shard each sketch came from: a shard's reset voids only its own. */
  private readonly sentBy = new Map<string, number>()
  /** Every pair found, dismissed or not, by each of its articles. */
  private copies = new Map<string, CopyFigures[]>()
  private groups = new Map<string, readonly string[]>()
  private dismissed: (a: string, b: string) => boolean = () => false
  /** False until the first sketches have been compared. */
  ready = false

  constructor(private readonly rule: PairRule = NEAR_DUPLICATE_RULE) {}

  /** Takes each shard's changes (`reset`: that shard's earlier sketches are void); true if any. */
  apply(shards: readonly SketchChanges[]): boolean {
    let changed = false
    const drop = (id: string, shard: number) => {
      if (this.sentBy.get(id) !== shard) return
      this.sentBy.delete(id)
      changed = this.sketches.delete(id) || changed
    }
    shards.forEach((changes, shard) => {
      if (changes.reset) for (const [id, from] of [...this.sentBy]) if (from === shard) drop(id, shard)
      for (const id of changes.removed) drop(id, shard)
      for (const [id, sketch] of changes.put) {
        this.sketches.set(id, sketch)
        this.sentBy.set(id, shard)
      }
      changed ||= changes.put.length > 0
    })
    return changed
  }

  /** Finds every pair again and regroups; returns the articles whose copies or group changed. */
  compare(): string[] {
    const before = this.signatures()
    const ids = [...this.sketches.keys()]
    const copies = new Map<string, CopyFigures[]>()
    const add = (id: string, figures: CopyFigures) => {
      const list = copies.get(id)
      if (list) list.push(figures)
      else copies.set(id, [figures])
    }
    for (const { a, b, shared, sizeA, sizeB } of findPairs([...this.sketches.values()], this.rule)) {
      const [idA, idB] = [ids[a] as string, ids[b] as string]
      const jaccard = shared / Math.max(1, sizeA + sizeB - shared)
      const [ofA, ofB] = [Math.min(1, shared / Math.max(1, sizeA)), Math.min(1, shared / Math.max(1, sizeB))]
      add(idA, { id: idB, shareOfThis: ofA, shareOfCopy: ofB, jaccard, shared })
      add(idB, { id: idA, shareOfThis: ofB, shareOfCopy: ofA, jaccard, shared })
    }
    for (const list of copies.values()) list.sort((x, y) => y.shareOfThis - x.shareOfThis || (x.id < y.id ? -1 : 1))
    this.copies = copies
    this.ready = true
    return this.regroup(before)
  }

  /** Leaves out the pairs `dismissed` names from now on; returns the articles whose copies or group changed. */
  useDismissals(dismissed: (a: string, b: string) => boolean): string[] {
    const before = this.signatures()
    this.dismissed = dismissed
    return this.regroup(before)
  }

  /** The article's copies that the user has not dismissed, best first. */
  copiesOf(id: string): CopyFigures[] {
    return (this.copies.get(id) ?? []).filter((copy) => !this.dismissed(id, copy.id))
  }

  /** Every group of two or more articles. */
  groupList(): string[][] {
    return [...new Set(this.groups.values())].map((group) => [...group])
  }

  private regroup(before: Map<string, string>): string[] {
    const pairs: Array<[string, string]> = []
    for (const id of this.copies.keys())
      for (const copy of this.copiesOf(id)) if (id < copy.id) pairs.push([id, copy.id])
    this.groups = copyGroups(pairs)
    const after = this.signatures()
    const changed = new Set<string>()
    for (const [id, signature] of before) if (after.get(id) !== signature) changed.add(id)
    for (const [id, signature] of after) if (before.get(id) !== signature) changed.add(id)
    return [...changed].sort()
  }

  /** What each article in a group shows: its group and its copies' figures. */
  private signatures(): Map<string, string> {
    const signatures = new Map<string, string>()
    for (const [id, group] of this.groups) {
      const copies = this.copiesOf(id).map((copy) => `${copy.id}:${copy.shared}`)
      signatures.set(id, `${group.join(',')}|${copies.join(',')}`)
    }
    return signatures
  }
}
