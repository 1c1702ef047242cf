// The documents an article cites, one entry per distinct document: its mentions grouped by code,
// each Thai reference joined to the code the same article writes for it (`มติที่ 18` beside
// `18-NQ/TW`), or else resolved by the known list when exactly one entry fits, and each code
// resolved to the known document it means (choose-document.ts). The canonical id is the code; the
// resolution and its confidence are kept apart from it.
import type { ArticleBlock } from '../../common/model/article-types'
import type { WordSegment } from '../../common/text/domain-words'
import type { Citation, CitationResolution } from '../../common/model/intelligence-types'
import { type ArticleDate, type Choice, chooseDocument } from './choose-document'
import type { DocumentCode } from './document-codes'
import { type FoundMention, findMentions } from './find-mentions'
import {
  contentWords,
  contentWordsOf,
  type IndexedDocument,
  type KnownDocuments,
  numberKindKey
} from './known-documents'

export interface CitationInput extends ArticleDate {
  title: string
  blocks: readonly ArticleBlock[]
  /** Known-document keys of the article's themes, for a choice the subject must make. */
  themeDocuments?: ReadonlySet<string>
  /** Each block's words as the kernel cut them, when the caller has them: not cut again. */
  blockWords?: WordSegment[][]
}

interface Draft {
  /** The code that names it (the first written), or null for Thai references alone. */
  code: DocumentCode | null
  /** Its Thai references' number and kinds, for those alone. */
  number: string
  kinds: string[]
  /** Where it is first named. */
  start: number
  mentions: FoundMention[]
  /** Thai references joined to a code only by their number, not their kind (`โครงการ 06` and `06/QĐ-TTg`). */
  looseJoin: boolean
}

export function extractCitations(input: CitationInput, known: KnownDocuments): Citation[] {
  const mentions = findMentions(input.title, input.blocks, input.blockWords)
  const byCode = new Map<string, Draft>()
  for (const mention of mentions) {
    if (mention.code) draftFor(byCode, mention.code.id, mention).mentions.push(mention)
  }
  const byThai = new Map<string, Draft>()
  for (const mention of mentions) {
    if (mention.code) continue
    const joined = codeFor(mention, byCode)
    if (joined) {
      joined.draft.mentions.push(mention)
      joined.draft.looseJoin ||= joined.loose
    } else draftFor(byThai, numberKindKey(mention.number, mention.kinds?.[0] ?? ''), mention).mentions.push(mention)
  }
  const drafts = [...byCode.values(), ...byThai.values()].sort((a, b) => a.start - b.start)
  return drafts.map((draft) => resolve(draft, input, known))
}

/** The code of this article a Thai reference stands for: same number and a kind its word translates,
 * or, failing that, the only code with that number. */
function codeFor(mention: FoundMention, byCode: Map<string, Draft>): { draft: Draft; loose: boolean } | null {
  const sameNumber = [...byCode.values()].filter((draft) => sameDocumentNumber(draft.number, mention.number))
  const sameKind = sameNumber.filter((draft) => draft.code && mention.kinds?.includes(draft.code.kind))
  if (sameKind.length === 1) return { draft: sameKind[0]!, loose: false }
  if (sameKind.length === 0 && sameNumber.length === 1) return { draft: sameNumber[0]!, loose: true }
  return null
}

function resolve(draft: Draft, input: CitationInput, known: KnownDocuments): Citation {
  const code = draft.code
  draft.mentions.sort((a, b) => a.start - b.start)
  const context = {
    sentences: draft.mentions.map((mention) => mention.sentence.text),
    paragraphs: [
      ...new Set(
        draft.mentions.map(({ paragraph }) => (paragraph < 0 ? input.title : (input.blocks[paragraph]?.text ?? '')))
      )
    ],
    paragraphWords: paragraphWordsOf(draft, input),
    article: input,
    themeDocuments: input.themeDocuments
  }
  const mentions = draft.mentions.map(({ text, form, paragraph, start, end, sentence }) => ({
    text,
    form,
    paragraph,
    start,
    end,
    sentence
  }))
  if (code) {
    const choice = chooseDocument(known.byId.get(code.id) ?? [], context)
    const kind = code.kind === 'QH' ? assemblyKind(draft, choice) : code.kind
    const sure = !choice ? 1 : choice.by === 'unique' ? 1 : choice.by === 'date' ? 0.9 : 0.6
    // A Thai reference joined by its number alone may be another document: say so.
    const confidence = draft.looseJoin ? Math.min(sure, 0.7) : sure
    return {
      id: code.id,
      kind,
      number: code.number,
      issuer: code.issuer,
      form: 'code',
      resolved: resolution(choice),
      confidence,
      mentions
    }
  }
  const candidates = draft.kinds.flatMap((kind) => known.byNumberAndKind.get(numberKindKey(draft.number, kind)) ?? [])
  const choice = chooseDocument(candidates, context)
  const resolved = resolution(choice, choice?.by === 'context' ? 'context' : 'known-unique')
  return {
    id: choice?.doc.id ?? null,
    kind: choice?.doc.kind ?? draft.kinds[0] ?? '',
    number: draft.number,
    issuer: choice?.doc.issuer ?? null,
    form: 'thai',
    resolved,
    confidence: !choice ? 0.8 : choice.by === 'context' ? 0.4 : 0.7,
    mentions
  }
}

/** A National Assembly code says neither law nor resolution: the known entry does, else the Thai word before it. */
function assemblyKind(draft: Draft, choice: Choice | null): string {
  if (choice) return choice.doc.kind
  const words = draft.mentions.find((mention) => mention.code && mention.kinds)?.kinds
  return words?.includes('Luật') ? 'Luật' : 'NQ'
}

function resolution(choice: Choice | null, thaiBy?: CitationResolution['by']): CitationResolution | null {
  if (!choice) return null
  const doc: IndexedDocument = choice.doc
  const title = doc.title.th ?? doc.title.en
  return { key: doc.key, title, date: doc.date, term: doc.term, by: thaiBy ?? choice.by }
}

/** The citing paragraphs' content words, from the words the index cut (the title, short, is cut here). */
function paragraphWordsOf(draft: Draft, input: CitationInput): (() => Set<string>) | undefined {
  const words = input.blockWords
  const paragraphs = new Set(draft.mentions.map((mention) => mention.paragraph))
  if (!words) return undefined
  return () => {
    const cut = [...paragraphs].flatMap((k) => (k < 0 ? [] : (words[k] ?? []).map((word) => word.segment)))
    const found = contentWordsOf(cut)
    if (paragraphs.has(-1)) for (const word of contentWords(input.title)) found.add(word)
    return found
  }
}

function sameDocumentNumber(a: string, b: string): boolean {
  return a.replace(/^0+(?=\d)/, '') === b.replace(/^0+(?=\d)/, '')
}

function draftFor(map: Map<string, Draft>, key: string, first: FoundMention): Draft {
  let draft = map.get(key)
  if (!draft) {
    draft = {
      code: first.code,
      number: first.number,
      kinds: first.kinds ?? [],
      start: first.start,
      mentions: [],
      looseJoin: false
    }
    map.set(key, draft)
  }
  return draft
}
