// One shard's related-articles lookups, dense for speed: each article a slot, each document and
// theme the slots that cite or carry it, each slot's day. A query adds weights into one reused
// score array and picks the best `limit` by one numeric key per article (related-order.ts's order),
// so an article that shares a common theme with 7,000 others costs a few typed-array passes, not
// 7,000 objects sorted by a comparator. Kept in step with the shard's packed analyses by identity:
// `refresh` reads again only the articles whose packed string changed.
import type { RelatedReason } from '../../common/model/related'
import { packedFacts } from './packed-facts'
import { bestSlots, rankKey } from './rank-key'
import { DOCUMENT_WEIGHT, themeWeight, type RelatedCriteria } from './related-score'

export interface RankedArticle {
  id: string
  score: number
  day: number | null
  reasons: RelatedReason[]
}

export class RelatedShardIndex {
  private readonly slots = new Map<string, number>()
  private ids: string[] = []
  private packedOf: string[] = []
  private days = new Float64Array(0)
  private scores = new Float64Array(0)
  private readonly free: number[] = []
  private readonly documents = new Map<string, Set<number>>()
  /** By theme: each carrier's slot, and whether the theme is detected there (not a faint cue). */
  private readonly themes = new Map<string, Map<number, boolean>>()

  /** Brought to the shard's analyses; answers how many articles were read again. */
  refresh(packed: ReadonlyMap<string, string>): number {
    let changed = 0
    for (const [id, text] of packed) {
      const slot = this.slots.get(id)
      if (slot !== undefined && this.packedOf[slot] === text) continue
      this.put(id, text)
      changed++
    }
    if (this.slots.size > packed.size) for (const id of [...this.slots.keys()]) if (!packed.has(id)) this.remove(id)
    return changed
  }

  /** The best `limit` articles for these criteria, and how many share anything. */
  query(criteria: RelatedCriteria, sourceDay: number | null, limit: number): { total: number; best: RankedArticle[] } {
    const { scores, slots } = this
    const touched: number[] = []
    const excluded = new Set(criteria.exclude.map((id) => slots.get(id)))
    const add = (slot: number, weight: number) => {
      if (excluded.has(slot)) return
      if (scores[slot] === 0) touched.push(slot)
      scores[slot] = (scores[slot] as number) + weight
    }
    for (const { name } of criteria.documents)
      for (const slot of this.documents.get(name) ?? []) add(slot, DOCUMENT_WEIGHT)
    for (const { theme, confirmed } of criteria.themes) {
      const rejected = new Set((criteria.rejected[theme] ?? []).map((id) => slots.get(id)))
      const sure = new Set((criteria.confirmed[theme] ?? []).map((id) => slots.get(id)))
      const carriers = this.themes.get(theme) ?? new Map<number, boolean>()
      for (const [slot, detected] of carriers)
        if (!rejected.has(slot) && (detected || sure.has(slot))) add(slot, themeWeight(confirmed, sure.has(slot)))
      // Confirmed by the user though detection found no cue.
      for (const slot of sure) if (slot !== undefined && !carriers.has(slot)) add(slot, themeWeight(confirmed, true))
    }
    const keys = new Float64Array(touched.length)
    touched.forEach((slot, i) => (keys[i] = rankKey(scores[slot] as number, this.days[slot] as number, sourceDay)))
    const best = bestSlots(touched, keys, limit, this.ids).map((slot) => this.ranked(slot, criteria))
    for (const slot of touched) scores[slot] = 0
    return { total: touched.length, best }
  }

  private ranked(slot: number, criteria: RelatedCriteria): RankedArticle {
    const reasons: RelatedReason[] = []
    for (const { name, code, key } of criteria.documents)
      if (this.documents.get(name)?.has(slot)) reasons.push({ kind: 'document', code, key })
    const id = this.ids[slot] as string
    for (const { theme, confirmed } of criteria.themes) {
      const there = criteria.confirmed[theme]?.includes(id) ?? false
      const detected = this.themes.get(theme)?.get(slot) ?? false
      if ((detected || there) && !criteria.rejected[theme]?.includes(id))
        reasons.push({ kind: 'theme', theme, confirmed: confirmed || there })
    }
    const day = this.days[slot] as number
    return { id, score: this.scores[slot] as number, day: Number.isNaN(day) ? null : day, reasons }
  }

  private put(id: string, packed: string): void {
    this.remove(id)
    const slot = this.free.pop() ?? this.ids.length
    if (slot >= this.days.length) this.grow(Math.max(1024, slot * 2))
    const facts = packedFacts(packed)
    this.slots.set(id, slot)
    this.ids[slot] = id
    this.packedOf[slot] = packed
    this.days[slot] = facts.day ?? Number.NaN
    for (const name of facts.names) setOf(this.documents, name).add(slot)
    for (const [theme, detected] of facts.themes) {
      let carriers = this.themes.get(theme)
      if (!carriers) this.themes.set(theme, (carriers = new Map()))
      carriers.set(slot, detected)
    }
  }

  private remove(id: string): void {
    const slot = this.slots.get(id)
    if (slot === undefined) return
    const facts = packedFacts(this.packedOf[slot] as string)
    for (const name of facts.names) this.documents.get(name)?.delete(slot)
    for (const [theme] of facts.themes) this.themes.get(theme)?.delete(slot)
    this.slots.delete(id)
    this.packedOf[slot] = ''
    this.free.push(slot)
  }

  private grow(size: number): void {
    const days = new Float64Array(size)
    days.set(this.days)
    this.days = days
    this.scores = new Float64Array(size)
  }
}

function setOf(map: Map<string, Set<number>>, key: string): Set<number> {
  let set = map.get(key)
  if (!set) map.set(key, (set = new Set()))
  return set
}
