// Which notes and quotes the workers must index again or drop, grouped by the shard that holds
// them: from every annotation, in batches (`full`, which diffs them against what was sent before), or
// from the store's own diff (`apply`). Only a 53-bit hash of each annotation's text is kept, not
// the text: at 100,000 annotations the texts would be some 50 MB of the main process's memory.
import type { SearchableAnnotation } from './annotation-index'
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
  /** What each indexed annotation's text was (hashed), to send only what changed. */
  private readonly signatures = new Map<string, number>()

  constructor(private readonly shards: number) {}

  /** What the workers hold already (a saved notes index loaded at launch). */
  seed(entries: Iterable<[id: string, signature: number]>): void {
    for (const [id, signature] of entries) this.signatures.set(id, signature)
  }

  /**
   * The changes that make the workers hold exactly the annotations given, batch by batch, to
   * `add` (each batch's puts, or null), then those to drop, from `finish` (null if none).
   */
  full(): { add(batch: readonly SearchableAnnotation[]): ShardedChanges | null; finish(): ShardedChanges | null } {
    const present = new Set<string>()
    return {
      add: (batch) => {
        const put: SearchableAnnotation[] = []
        for (const annotation of batch) {
          present.add(annotation.id)
          if (this.signatures.get(annotation.id) !== signatureOf(annotation)) put.push(annotation)
        }
        return put.length > 0 ? this.apply({ put, remove: [] }) : null
      },
      finish: () => {
        const remove = [...this.signatures.keys()].filter((id) => !present.has(id))
        return remove.length > 0 ? this.apply({ put: [], remove }) : null
      }
    }
  }

  /** A diff as the store computed it, grouped by shard and remembered. */
  apply({ put, remove }: AnnotationDiff): ShardedChanges {
    const puts: SearchableAnnotation[][] = Array.from({ length: this.shards }, () => [])
    const removes: string[][] = Array.from({ length: this.shards }, () => [])
    for (const id of remove) {
      this.signatures.delete(id)
      removes[shardOf(id, this.shards)]?.push(id)
    }
    for (const annotation of put) {
      this.signatures.set(annotation.id, signatureOf(annotation))
      puts[shardOf(annotation.id, this.shards)]?.push(annotation)
    }
    return { puts, removes }
  }

  clear(): void {
    this.signatures.clear()
  }
}
