// A search worker's answers for the documents catalogue: every article's citations in brief (read
// from the packed analyses, no text touched), and the citing sentences of chosen citations (read
// back from the text kept beside the shard), so main never holds the library's sentences.
import type { ShardIndex } from '../search/shard-index'
import type { KeptBlocks } from '../search/text-blocks'
import { BLOCK_SEPARATOR } from '../../common/text/article-text'
import { citationName } from '../../common/model/documents'

/** One citation in brief: code (or null), kind, number, issuer, resolved key, how, confidence. */
export type CitationBrief = [
  id: string | null,
  kind: string,
  number: string,
  issuer: string | null,
  key: string | null,
  by: string | null,
  confidence: number
]

export type CitationDigest = Array<[articleId: string, citations: CitationBrief[]]>

export interface SentenceRequest {
  id: string
  citations: string[]
}

export interface CitationSentences {
  id: string
  citation: string
  sentences: Array<{ text: string; start: number; end: number }>
}

/** The packed analysis's citation (packed-analysis.ts): mentions flat, six numbers each
 * (paragraph, start, end, sentence start, sentence end, form). */
type PackedCitation = [string | null, string, string, string | null, number, [string, string] | null, number, number[]]

export function citationHandlers(shard: () => ShardIndex) {
  // Each article's brief, by the packed analysis it was read from: a new index version (notes
  // indexed after a highlight, say) re-reads only the analyses that changed. The same string is
  // compared by reference, so an unchanged article costs a lookup, not a JSON parse.
  const briefs = new Map<string, { packed: string; citations: CitationBrief[] }>()
  return {
    citationDigest: (): CitationDigest => {
      const digest: CitationDigest = []
      const packedAnalyses = shard().analyses.packed
      for (const id of briefs.keys()) if (!packedAnalyses.has(id)) briefs.delete(id)
      for (const [id, packed] of packedAnalyses) {
        let brief = briefs.get(id)
        if (brief?.packed !== packed) briefs.set(id, (brief = { packed, citations: briefOf(packed) }))
        if (brief.citations.length > 0) digest.push([id, brief.citations])
      }
      return digest
    },
    /** Straight from the packed citations and the kept blocks, only as far as the last sentence:
     * no theme evidence unpacked (a most cited document has thousands of citing articles). */
    citationSentences: ({ requests }: { requests: SentenceRequest[] }): CitationSentences[] => {
      const index = shard()
      return requests.flatMap(({ id, citations }) => {
        const packed = index.analyses.packed.get(id)
        const span = index.spans.get(id)
        const kept = span ? index.texts?.blocks(span) : null
        if (packed === undefined || !kept) return []
        const body = keptBody(kept)
        const { c } = JSON.parse(packed) as { c: PackedCitation[] }
        return c.flatMap(([code, kind, number, , , , , flat]) => {
          const citation = citationName({ id: code, kind, number })
          if (!citations.includes(citation)) return []
          const seen = new Set<number>()
          const sentences = []
          for (let i = 0; i + 5 < flat.length; i += 6) {
            const [paragraph = -1, , , start = 0, end = 0] = flat.slice(i, i + 5)
            if (paragraph < 0 || seen.has(start)) continue
            seen.add(start)
            sentences.push({ text: body(start, end), start, end })
          }
          return [{ id, citation, sentences }]
        })
      })
    }
  }
}

function briefOf(packed: string): CitationBrief[] {
  const { c } = JSON.parse(packed) as { c: PackedCitation[] }
  return c.map(([code, kind, number, issuer, , resolved, confidence]) => [
    code,
    kind,
    number,
    issuer,
    resolved?.[0] ?? null,
    resolved?.[1] ?? null,
    confidence
  ])
}

/** Slices of the article's body (its blocks after the title, joined as the analysis offsets count
 * them), reading blocks only as far as asked. */
function keptBody(kept: KeptBlocks): (start: number, end: number) => string {
  let text = ''
  let next = 1
  return (start, end) => {
    while (text.length < end && next < kept.count) {
      text += (next > 1 ? BLOCK_SEPARATOR : '') + (kept.block(next)?.text ?? '')
      next++
    }
    return text.slice(start, end)
  }
}
