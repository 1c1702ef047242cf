// A search worker's share of the themes matrix: for each article of its shard, the province its
// title or lead names and its cue strength for each theme, read from the lookups the shard keeps
// (AnalysisIndex's carriers) without unpacking any analysis. The province is found once per
// article text (by content hash) and list of provinces, then kept: 10,000 titles and leads take
// a fraction of a second to read from the kept texts, which a relaunch should not pay twice.
import type { ShardIndex } from '../search/shard-index'
import { packCell } from '../../common/model/theme-matrix'
import { provinceMatcher, type ProvinceMatcher } from './province-matcher'
import type { ProvinceEntry } from './province-table'

/** A lead shorter than this is a dateline or a heading, not the opening paragraph. */
const LEAD_CHARS = 40

export interface MatrixShardInput {
  themes: string[]
  /** The list and a key naming it (its version): provinces are found again under another key. */
  provinces: { key: string; entries: ProvinceEntry[] }
  /** Only these articles' rows (those in this shard); all when absent. */
  only?: string[]
}

export interface MatrixShard {
  ids: string[]
  /** Index into the province list; -1 when the title and lead name none. */
  provinces: number[]
  /** Row-major `ids.length × themes.length` packed cells (common/model/theme-matrix.ts), no verdicts. */
  cells: number[]
}

export function matrixShardHandlers(shard: () => ShardIndex) {
  let matcher: { key: string; match: ProvinceMatcher } | null = null
  const found = new Map<string, { hash: string; province: number }>()

  const provinceOf = (index: ShardIndex, id: string, hash: string, match: ProvinceMatcher): number => {
    const known = found.get(id)
    if (known?.hash === hash) return known.province
    const span = index.spans.get(id)
    const kept = span ? index.texts?.blocks(span) : null
    const texts: string[] = []
    if (kept) {
      texts.push(kept.block(0)?.text ?? '')
      for (let k = 1; k < kept.count; k++) {
        const text = kept.block(k)?.text ?? ''
        if (text.length < LEAD_CHARS) continue
        texts.push(text)
        break
      }
    }
    const province = match.match(texts)
    found.set(id, { hash, province })
    return province
  }

  return {
    themeMatrixShard: ({ themes, provinces, only }: MatrixShardInput): MatrixShard => {
      const index = shard()
      if (matcher?.key !== provinces.key) {
        matcher = { key: provinces.key, match: provinceMatcher(provinces.entries) }
        found.clear()
      }
      const ids = only ? only.filter((id) => index.documents.has(id)) : [...index.documents.keys()]
      const rowOf = new Map(ids.map((id, row) => [id, row]))
      const cells = new Array<number>(ids.length * themes.length).fill(0)
      themes.forEach((theme, column) => {
        for (const { id, strength, detected } of index.analyses.carriers(theme, Infinity).carriers) {
          const row = rowOf.get(id)
          if (row !== undefined) cells[row * themes.length + column] = packCell({ strength, detected, verdict: null })
        }
      })
      // Articles gone from the shard are forgotten (a whole listing sees them all).
      if (!only) for (const id of found.keys()) if (!rowOf.has(id)) found.delete(id)
      const match = matcher.match
      const rows = ids.map((id) => provinceOf(index, id, index.documents.get(id)?.hash ?? '', match))
      return { ids, provinces: rows, cells }
    }
  }
}
