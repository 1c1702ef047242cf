// An article's citations and themes as the index keeps them: numbers and codes in one JSON string
// a document (ASCII, so V8 stores it a byte a character), the texts left out, since the words and
// sentences they point to are in the text kept beside the shard. 10,000 articles hold about
// 10 MB this way against some 50 MB as objects. With them, what the article was analysed from
// besides its kept text (analysis-basis.ts), so that new data re-detects without reading the file.
import type { ArticleTheme, Citation, CitationForm, CitationResolution } from '../../common/model/intelligence-types'
import { BLOCK_SEPARATOR } from '../../common/text/article-text'
import type { ArticleAnalysis } from './analyse-article'
import type { AnalysisBasis, BasedAnalysis } from './analysis-basis'

type PackedCitation = [
  id: string | null,
  kind: string,
  number: string,
  issuer: string | null,
  form: 0 | 1,
  resolved: [key: string, by: CitationResolution['by']] | null,
  confidence: number,
  /** paragraph, start, end, sentence start, sentence end, form (0 code, 1 Thai), per mention. */
  mentions: number[]
]
/** paragraph, start, end, weight per cue hit; the cue text is the text at start..end. */
type PackedTheme = [id: string, strength: number, detected: 0 | 1, documents: string[], hits: number[]]
/** date, year, one letter a block for its kind (analysis-basis.ts). */
type PackedBasis = [date: string | null, year: number | null, kinds: string]
type Packed = { c: PackedCitation[]; t: PackedTheme[]; b?: PackedBasis }

const FORMS: CitationForm[] = ['code', 'thai']
const NON_ASCII = /[\u0080-\uffff]/
const NON_ASCII_ALL = /[\u0080-\uffff]/g
const round = (value: number) => Math.round(value * 1000) / 1000

export function packAnalysis({ citations, themes, basis }: BasedAnalysis): string {
  const packed: Packed = {
    c: citations.map((c) => [
      c.id,
      c.kind,
      c.number,
      c.issuer,
      c.form === 'code' ? 0 : 1,
      c.resolved ? [c.resolved.key, c.resolved.by] : null,
      round(c.confidence),
      c.mentions.flatMap((m) => [
        m.paragraph,
        m.start,
        m.end,
        m.sentence.start,
        m.sentence.end,
        m.form === 'code' ? 0 : 1
      ])
    ]),
    t: themes.map((t) => [
      t.id,
      round(t.strength),
      t.detected ? 1 : 0,
      t.documents,
      t.evidence.flatMap((e) => e.cues.flatMap((cue) => [e.paragraph, cue.start, cue.end, round(cue.weight)]))
    ]),
    ...(basis && { b: [basis.date, basis.year, basis.kinds] })
  }
  // Non-ASCII (a Vietnamese issuer's Đ) escaped, so the string stays one byte a character.
  const json = JSON.stringify(packed)
  if (!NON_ASCII.test(json)) return json
  return json.replace(NON_ASCII_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export interface UnpackContext {
  /** The title, then the blocks, as indexed. */
  texts: readonly string[]
  ontologyVersion: string
  /** A known document's title and date, by key. */
  document: (key: string) => { title: string; date: string; term: string | null } | null
}

export function unpackAnalysis(packed: string, context: UnpackContext): ArticleAnalysis {
  const { c, t } = JSON.parse(packed) as Packed
  const [title = '', ...blocks] = context.texts
  const starts: number[] = []
  blocks.reduce((at, block) => (starts.push(at), at + block.length + BLOCK_SEPARATOR.length), 0)
  const body = blocks.join(BLOCK_SEPARATOR)
  const textOf = (paragraph: number) => (paragraph < 0 ? title : body)
  const citations: Citation[] = c.map(([id, kind, number, issuer, form, resolved, confidence, flat]) => {
    const mentions = []
    for (let i = 0; i + 5 < flat.length; i += 6) {
      const [paragraph, start, end, sStart, sEnd, mentionForm] = flat.slice(i, i + 6) as number[]
      const text = textOf(paragraph!)
      mentions.push({
        text: text.slice(start, end),
        form: FORMS[mentionForm!]!,
        paragraph: paragraph!,
        start: start!,
        end: end!,
        sentence: { text: text.slice(sStart, sEnd), start: sStart!, end: sEnd! }
      })
    }
    const doc = resolved ? context.document(resolved[0]) : null
    return {
      id,
      kind,
      number,
      issuer,
      form: FORMS[form]!,
      resolved: resolved && doc ? { key: resolved[0], by: resolved[1], ...doc } : null,
      confidence,
      mentions
    }
  })
  const themes: ArticleTheme[] = t.map(([id, strength, detected, documents, hits]) => {
    const byParagraph = new Map<number, ArticleTheme['evidence'][number]>()
    for (let i = 0; i + 3 < hits.length; i += 4) {
      const [paragraph, start, end, weight] = hits.slice(i, i + 4) as number[]
      let evidence = byParagraph.get(paragraph!)
      if (!evidence) byParagraph.set(paragraph!, (evidence = { paragraph: paragraph!, cues: [] }))
      evidence.cues.push({ cue: textOf(paragraph!).slice(start, end), weight: weight!, start: start!, end: end! })
    }
    return {
      id,
      strength,
      detected: detected === 1,
      documents,
      evidence: [...byParagraph.values()],
      ontologyVersion: context.ontologyVersion
    }
  })
  return { citations, themes }
}

/** What the packed analysis was made from, or null if it predates keeping that (then the article is
 * read again to re-detect). */
export function packedBasis(packed: string): AnalysisBasis | null {
  const { b } = JSON.parse(packed) as Packed
  return b ? { date: b[0], year: b[1], kinds: b[2] } : null
}
