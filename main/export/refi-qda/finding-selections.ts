// The selections the analysis contributes: each confirmed theme codes the paragraphs carrying its
// cues (one selection per paragraph, coded by every confirmed theme found there), each cited
// document the passages citing it (one selection per place).
import type { ExportArticle } from '../export-model'
import { documentKey } from './refi-codes'
import { refiGuid } from './refi-guid'
import type { RefiSelection } from './refi-parts'
import type { SourceText } from './source-text'
import { shortName } from './xml-text'

/** A selection per evidence paragraph, coded by every confirmed theme it carries. */
export function evidenceSelections(article: ExportArticle, source: SourceText, created: string): RefiSelection[] {
  const byParagraph = new Map<number, RefiSelection>()
  for (const theme of article.themes.filter((candidate) => candidate.verdict === 'confirmed')) {
    const decided = theme.decidedAt ?? created
    for (const evidence of theme.evidence) {
      const selection = byParagraph.get(evidence.paragraph) ?? {
        guid: refiGuid('evidence', `${article.id} ${evidence.paragraph}`),
        name: `Theme evidence, paragraph ${evidence.paragraph + 1}`,
        start: source.position(evidence.start),
        end: source.position(evidence.end),
        description: '',
        codings: [],
        noteRefs: [],
        created: decided,
        modified: null
      }
      const cues = evidence.cues.length > 0 ? `${theme.id}: ${evidence.cues.join(', ')}` : theme.id
      selection.description = selection.description ? `${selection.description}\n${cues}` : `Cues: ${cues}`
      const guid = refiGuid('coding', `${article.id} ${evidence.paragraph} ${theme.id}`)
      selection.codings.push({ guid, codeGuid: refiGuid('theme', theme.id), created: decided })
      byParagraph.set(evidence.paragraph, selection)
    }
  }
  return [...byParagraph.values()]
}

/** A selection per place a document is cited, coded by that document's code. */
export function mentionSelections(article: ExportArticle, source: SourceText, created: string): RefiSelection[] {
  const byPlace = new Map<string, RefiSelection>()
  for (const citation of article.citations) {
    const key = documentKey(citation)
    for (const mention of citation.mentions) {
      const place = `${mention.start}-${mention.end}`
      const selection = byPlace.get(place) ?? {
        guid: refiGuid('mention', `${article.id} ${place}`),
        name: `Cites ${shortName(mention.text, 40)}`,
        start: source.position(mention.start),
        end: source.position(mention.end),
        description: '',
        codings: [],
        noteRefs: [],
        created,
        modified: null
      }
      const guid = refiGuid('coding', `${article.id} ${place} ${key}`)
      if (!selection.codings.some((coding) => coding.guid === guid))
        selection.codings.push({ guid, codeGuid: refiGuid('document', key), created })
      byPlace.set(place, selection)
    }
  }
  return [...byPlace.values()]
}
