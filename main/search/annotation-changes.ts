// Which notes and quotes the workers must index again or drop: those whose text or article
// changed since the last call, and those that are gone, grouped by the shard that holds them.
import type { SearchableAnnotation } from './annotation-index'
import { shardOf } from './plan-sync'

export class AnnotationChanges {
  /** What each indexed annotation's text was, to send only what changed. */
  private readonly signatures = new Map<string, string>()

  constructor(private readonly shards: number) {}

  /** Per shard, the annotations to (re)index and the ids to drop; null when nothing changed. */
  since(annotations: readonly SearchableAnnotation[]): { puts: SearchableAnnotation[][]; removes: string[][] } | null {
    const puts: SearchableAnnotation[][] = Array.from({ length: this.shards }, () => [])
    const removes: string[][] = Array.from({ length: this.shards }, () => [])
    const present = new Set<string>()
    let changed = false
    for (const annotation of annotations) {
      present.add(annotation.id)
      const signature = `${annotation.articleId}\u0000${annotation.note}\u0000${annotation.quote}`
      if (this.signatures.get(annotation.id) === signature) continue
      this.signatures.set(annotation.id, signature)
      puts[shardOf(annotation.id, this.shards)]?.push(annotation)
      changed = true
    }
    for (const id of this.signatures.keys()) {
      if (present.has(id)) continue
      this.signatures.delete(id)
      removes[shardOf(id, this.shards)]?.push(id)
      changed = true
    }
    return changed ? { puts, removes } : null
  }
}
