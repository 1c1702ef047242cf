// Which notes and quotes the workers must index again or drop, grouped by the shard that holds
// them: from every annotation, in batches (`full`, which diffs them against what the workers hold,
// as a 53-bit hash of each annotation's text), or from the store's own diff (`apply`). The hashes
// are asked of the workers only for a full sync, and dropped after it: a launch that finds the
// saved notes index current neither computes nor keeps 100,000 of them.
import type { SearchableAnnotation } from './searchable-annotation'
import { shardOf } from './plan-sync'

export interface AnnotationDiff {
  put: SearchableAnnotation[]
  remove: string[]
}

/** Per shard, the annotations to (re)index and the ids to drop. */
export interface ShardedChanges {
  puts: SearchableAnnotation[][]
  removes: string[][]
}

/** cyrb53 (a public-domain string hash): two 32-bit multiply-xorshift lanes, 53 bits kept. */
export function signatureOf({ articleId, note, quote }: SearchableAnnotation): number {
  const text = `${articleId}\u0000${note}\u0000${quote}`
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

export class AnnotationChanges {
  constructor(private readonly shards: number) {}

  /**
   * The changes that make the workers hold exactly the annotations given, batch by batch, to
   * `add` (each batch's puts, or null), then those to drop, from `finish` (null if none).
   * `held`: what the workers hold now, as each annotation's signature.
   */
  full(held: Map<string, number>): {
    add(batch: readonly SearchableAnnotation[]): ShardedChanges | null
    finish(): ShardedChanges | null
  } {
    const present = new Set<string>()
    return {
      add: (batch) => {
        const put: SearchableAnnotation[] = []
        for (const annotation of batch) {
          present.add(annotation.id)
          if (held.get(annotation.id) !== signatureOf(annotation)) put.push(annotation)
        }
        return put.length > 0 ? this.apply({ put, remove: [] }) : null
      },
      finish: () => {
        const remove = [...held.keys()].filter((id) => !present.has(id))
        return remove.length > 0 ? this.apply({ put: [], remove }) : null
      }
    }
  }

  /** A diff as the store computed it, grouped by shard. */
  apply({ put, remove }: AnnotationDiff): ShardedChanges {
    const puts: SearchableAnnotation[][] = Array.from({ length: this.shards }, () => [])
    const removes: string[][] = Array.from({ length: this.shards }, () => [])
    for (const id of remove) removes[shardOf(id, this.shards)]?.push(id)
    for (const annotation of put) puts[shardOf(annotation.id, this.shards)]?.push(annotation)
    return { puts, removes }
  }
}
