// Which reform themes an article is about, each with its evidence: the paragraphs and the cues
// found in them, with offsets. Pure and cheap: it runs in the index's per-article pass, so each
// block is cut once (or not at all, when the pass hands over its segments) and cues are looked up
// by word (match-cues.ts).
import type { ArticleBlock } from '../../common/model/article-types'
import type { ArticleTheme, ThemeEvidence } from '../../common/model/intelligence-types'
import { blockStarts } from '../../common/text/article-text'
import type { WordSegment } from '../../common/text/domain-words'
import { segmentWords } from '../../common/text/kernel-words'
import type { CompiledOntology } from './compile-ontology'
import { matchCues } from './match-cues'
import { DETECTED_AT, themeStrength } from './theme-strength'

export interface ThemeInput {
  title: string
  blocks: ArticleBlock[]
  /** Known-document keys (`18-NQ/TW@2017`) the article cites. */
  citedKeys: string[]
  /** The kernel's segments of each block, when the caller has them (the index's per-article pass
   * cuts every block anyway): detection then cuts only the title. */
  segments?: WordSegment[][]
  /** The title's, likewise. */
  titleSegments?: WordSegment[]
}

/** Every theme with a cue in the article, strongest first. Title hits are offsets into `title`,
 * block hits offsets into `articleText(blocks)`. */
export function detectThemes(input: ThemeInput, ontology: CompiledOntology): ArticleTheme[] {
  const evidence = ontology.themes.map((): ThemeEvidence[] => [])
  const collect = (paragraph: number, text: string, offset: number, segments: WordSegment[]) => {
    const byTheme = new Map<number, ThemeEvidence>()
    for (const { cue, start, end } of matchCues(text, ontology, segments)) {
      let found = byTheme.get(cue.theme)
      if (!found) byTheme.set(cue.theme, (found = { paragraph, cues: [] }))
      found.cues.push({ cue: cue.text, weight: cue.weight, start: offset + start, end: offset + end })
    }
    for (const [theme, found] of byTheme) evidence[theme]?.push(found)
  }
  collect(-1, input.title, 0, input.titleSegments ?? segmentWords(input.title))
  const starts = blockStarts(input.blocks)
  input.blocks.forEach((block, index) => {
    const segments = input.segments?.[index] ?? segmentWords(block.text)
    collect(index, block.text, starts[index] as number, segments)
  })

  const cited = new Set(input.citedKeys)
  const themes: ArticleTheme[] = []
  ontology.themes.forEach((theme, index) => {
    const found = evidence[index] as ThemeEvidence[]
    if (found.length === 0) return
    const documents = theme.relatedDocuments.filter((key) => cited.has(key))
    const strength = themeStrength(found, input.blocks, documents.length > 0)
    const detected = strength >= DETECTED_AT
    themes.push({ id: theme.id, strength, detected, evidence: found, documents, ontologyVersion: ontology.version })
  })
  return themes.sort((a, b) => b.strength - a.strength)
}
