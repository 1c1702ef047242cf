// A shard's citations and themes: each document's packed analysis (packed-analysis.ts), and the
// two lookups the views need without unpacking any: which documents cite a document (by code or
// by known-document key) and which carry a theme, with its strength.
import type { BasedAnalysis } from './analysis-basis'
import type { ThemeCarrier } from '../../common/model/intelligence-types'
import { packAnalysis } from './packed-analysis'

export type { ThemeCarrier }

export class AnalysisIndex {
  private readonly citing = new Map<string, Set<string>>()
  private readonly carrying = new Map<string, Map<string, ThemeCarrier>>()
  /** Each theme's carriers by strength, sorted when first asked for after a change. */
  private readonly sorted = new Map<string, ThemeCarrier[]>()

  private loaded: Map<string, string> | null = null

  /**
   * `key` names the data the analyses were made with (intelligence-files.ts). `saved` reads the
   * analyses saved with the shard when they are first needed, not while a relaunch loads the index.
   */
  constructor(
    readonly key: string,
    private readonly saved: () => Map<string, string> = () => new Map()
  ) {}

  /** Each document's packed analysis. */
  get packed(): Map<string, string> {
    if (this.loaded) return this.loaded
    this.loaded = this.saved()
    for (const [id, packedAnalysis] of this.loaded) this.noteLookups(id, JSON.parse(packedAnalysis) as PackedShape)
    return this.loaded
  }

  put(id: string, analysis: BasedAnalysis): void {
    this.remove(id)
    this.packed.set(id, packAnalysis(analysis))
    this.noteLookups(id, {
      c: analysis.citations.map((c) => [c.id, 0, 0, 0, 0, c.resolved && [c.resolved.key]]),
      t: analysis.themes.map((t) => [t.id, Math.round(t.strength * 1000) / 1000, t.detected ? 1 : 0])
    })
  }

  remove(id: string): void {
    const packed = this.packed.get(id)
    if (packed === undefined) return
    this.packed.delete(id)
    const { c, t } = JSON.parse(packed) as PackedShape
    for (const name of namesOf(c)) this.citing.get(name)?.delete(id)
    for (const [theme] of t) this.carrying.get(theme)?.delete(id)
    this.sorted.clear()
  }

  /** The documents citing `name`: a code (`18-NQ/TW`, both documents of that code) or a key (`18-NQ/TW@2017`). */
  citingDocuments(name: string): string[] {
    void this.packed
    return [...(this.citing.get(name) ?? [])]
  }

  /** The `limit` strongest documents with a cue of `theme`, strongest first, and how many there are. */
  carriers(theme: string, limit: number): { carriers: ThemeCarrier[]; total: number } {
    void this.packed
    let sorted = this.sorted.get(theme)
    if (!sorted) {
      sorted = [...(this.carrying.get(theme)?.values() ?? [])].sort((a, b) => b.strength - a.strength)
      this.sorted.set(theme, sorted)
    }
    return { carriers: sorted.slice(0, limit), total: sorted.length }
  }

  private noteLookups(id: string, { c, t }: PackedShape): void {
    for (const name of namesOf(c)) {
      let ids = this.citing.get(name)
      if (!ids) this.citing.set(name, (ids = new Set()))
      ids.add(id)
    }
    for (const [theme, strength, detected] of t) {
      let carriers = this.carrying.get(theme)
      if (!carriers) this.carrying.set(theme, (carriers = new Map()))
      carriers.set(id, { id, strength, detected: detected === 1 })
    }
    this.sorted.clear()
  }
}

/** Just the parts of a packed analysis the lookups read. */
interface PackedShape {
  c: [id: string | null, ...rest: unknown[]][]
  t: [id: string, strength: number, detected: 0 | 1, ...rest: unknown[]][]
}

function namesOf(citations: PackedShape['c']): string[] {
  return citations.flatMap(([id, , , , , resolved]) => [
    ...(id ? [id] : []),
    ...(Array.isArray(resolved) ? [String(resolved[0])] : [])
  ])
}
