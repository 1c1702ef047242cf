// The one channel between renderer and main. Each method has a zod input schema (validated where
// the message arrives, in main) and a result type; the preload, the IPC registration, the web
// host and the renderer's client are all derived from this table, so they cannot drift apart.
import { z } from 'zod'
import type { Article, ArticleSummary, OriginalView } from '../model/article-types'
import type { FolderStatus, ImportReport } from '../model/app-status'
import { HIGHLIGHT_COLORS, type Annotation, type AnnotationView, type Tag } from '../model/annotation-types'
import type { ArticleFacets, SearchResults } from '../model/search-types'
import { THEME_VERDICTS, themeDecisionId, type ThemeDecision } from '../model/theme-decision'
import type { IndexedAnalysis, ThemeCarrier, ThemeLabel } from '../model/intelligence-types'
import type { ApiErrorCode } from '../errors/api-error'
import type { DomainWordEdit } from '../model/domain-word-edit'
import { domainWordProblem } from '../text/word-list'
import { ontologyEditSchema } from '../model/ontology-edit'
import type { OntologyEditResult, OntologyView } from '../model/ontology-view'
import type { ArticleCopies, CopyGroups, NearDuplicateDismissal } from '../model/near-duplicates'
import { PASSAGE_SORTS, type PassagePage } from '../model/passages'
import {
  CITATION_VERDICTS,
  DOCUMENT_SORTS,
  REVIEW_FILTERS,
  citationDecisionId,
  type CitationDecision,
  type CitationReview,
  type DocumentCitations,
  type DocumentList
} from '../model/documents'
import { LINK_KINDS, type Link, type LinkView } from '../model/link-types'
import { readerLayoutSchema, type ReaderLayout } from '../model/reader-layout'
import { MEMO_MAX, type Memo, type MemoMarks } from '../model/memo'
import type { ThemeMatrix } from '../model/theme-matrix'
import type { ChangesAnswer } from './change-events'
import type { RelatedAnswer } from '../model/related'
import { apiMethodNames, type ApiMethodName } from './method-names'
import { exportContract } from './export-contract'
import { correctionsContract } from './corrections-contract'
import { orphansContract } from './orphans-contract'
import { dataFolderContract } from './data-folder-contract'
import { settingsContract } from './settings-contract'
import { readingPlacesContract } from './reading-places-contract'
import { shortcutsContract } from './shortcuts-contract'

/** Ids are opaque tokens looked up in a map: never a path, so nothing can traverse the disk. */
export const articleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,200}$/, 'An article id is 1–200 letters, digits, dots, dashes or underscores.')

const folderPathSchema = z
  .string()
  .trim()
  .min(1, 'Give the folder’s path.')
  .max(4096, 'That path is too long.')
  .refine((path) => !path.includes('\0'), 'A path cannot contain a NUL character.')

const entityId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid id.')
const offset = z.number().int().min(0).max(50_000_000)
const color = z.enum(HIGHLIGHT_COLORS)
const tagName = z.string().trim().min(1, 'A tag needs a name.').max(200, 'A tag name is at most 200 characters.')
const note = z.string().max(100_000, 'A note is at most 100,000 characters.')
const tagColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A tag colour is #rrggbb.')
/** Any name the user gave a theme (they may add their own); ids hold no line break. */
const themeId = z
  .string()
  .min(1, 'A theme id is not empty.')
  .max(200, 'A theme id is at most 200 characters.')
  .refine((id) => !/[\n\r\0]/.test(id), 'A theme id is one line.')
const themeSuggestion = z
  .object({
    strength: z.number().min(0).max(1_000_000),
    detected: z.boolean(),
    ontologyVersion: z.string().max(200),
    cues: z.array(z.string().max(500)).max(500)
  })
  .strict()
const themeDecisionInput = z
  .object({
    articleId: articleIdSchema,
    themeId,
    verdict: z.enum(THEME_VERDICTS, { error: 'A verdict is "confirmed", "rejected", or null to clear it.' }).nullable(),
    suggestion: themeSuggestion.nullable().optional()
  })
  .strict()

const linkId = z.string().regex(/^l[0-9a-f]{16}$/, 'Not a link id.')
const linkKind = z.enum(LINK_KINDS, { error: `A link kind is one of ${LINK_KINDS.join(', ')}.` })
/** One end of a new link: a range of UTF-16 offsets into an article's text. */
const linkEndInput = z
  .object({ articleId: articleIdSchema, start: offset, end: offset })
  .strict()
  .refine((end) => end.end > end.start, 'A linked passage is not empty.')

/** What a listed passage must carry (passages.ts). */
const passageFilter = z
  .object({
    tag: entityId.optional(),
    includeSubTags: z.boolean().optional(),
    color: color.optional(),
    theme: themeId.optional(),
    /** A highlight overlapping an end of a link of this kind. */
    linkKind: linkKind.optional()
  })
  .strict()
  .refine((filter) => !filter.includeSubTags || filter.tag !== undefined, 'Sub-tags go with a tag: give `tag` too.')

/** A document in the documents view: a known key, a code, or a Thai reference's name (documents.ts). */
const documentName = z
  .string()
  .min(1, 'Give a document.')
  .max(200, 'A document name is at most 200 characters.')
  .refine((name) => !/[\n\r\0]/.test(name), 'A document name is one line.')
const citationDecisionInput = z
  .object({
    articleId: articleIdSchema,
    citation: documentName,
    verdict: z
      .enum(CITATION_VERDICTS, { error: 'A verdict is "confirmed", "corrected", "rejected", or null to clear it.' })
      .nullable(),
    document: documentName.optional()
  })
  .strict()
  .refine((input) => input.verdict !== 'corrected' || input.document !== undefined, 'A correction names the document.')

/** A word to keep whole when Thai is cut (word-list.ts says what may be one). */
const domainWord = z.string().superRefine((word, context) => {
  const problem = domainWordProblem(word)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

/** Declares a method: the schema is real, the result type is carried by the phantom field. */
function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export const apiContract = {
  /** Every article in the library. */
  listArticles: method<ArticleSummary[]>()(z.object({}).strict()),
  /** The summaries of these articles (ids no longer in the library are left out): for patching a list. */
  getArticleSummaries: method<ArticleSummary[]>()(z.object({ ids: z.array(articleIdSchema).max(1000) }).strict()),
  /** One article, cleaned into blocks for the reader. */
  getArticle: method<Article>()(z.object({ id: articleIdSchema }).strict()),
  /** The untouched file, each removed line marked with its reason ("show original"). */
  getOriginal: method<OriginalView>()(z.object({ id: articleIdSchema }).strict()),
  /** Opens the article's source URL in the system browser; http(s) only. */
  openSource: method<{ opened: string }>()(z.object({ id: articleIdSchema }).strict()),
  /** The library's folders, with the files in each that could not be read and why. */
  listFolders: method<FolderStatus[]>()(z.object({}).strict()),
  /** The domain word list main cuts text with: the renderer cuts with the same (kernel-words.ts). */
  getDomainWords: method<{ words: string[]; own: string[] }>()(z.object({}).strict()),
  /** Keeps a word whole from now on (the user's own list, in the data folder); the documents and
   * notes holding it are indexed again, and a domain-words change event tells every view. */
  addDomainWord: method<DomainWordEdit>()(z.object({ word: domainWord }).strict()),
  /** Takes one of the user's own words off the list (a shipped word cannot be); re-indexed likewise. */
  removeDomainWord: method<DomainWordEdit>()(z.object({ word: domainWord }).strict()),
  /** Asks the user for a folder with the system dialog, where there is one (not in web mode). */
  chooseFolder: method<{ supported: boolean; path: string | null }>()(z.object({}).strict()),
  /** Imports (or re-reads) a folder; resolves when done. Progress: waitForChanges. */
  importFolder: method<ImportReport>()(z.object({ path: folderPathSchema }).strict()),
  /** Stops the running import and undoes it. */
  cancelImport: method<{ cancelled: boolean }>()(z.object({}).strict()),
  /** Takes a folder and its articles out of the library (the files stay on disk). */
  removeFolder: method<{ removed: string }>()(z.object({ path: folderPathSchema }).strict()),
  /** What changed after version `since`, once something has (or after the timeout): a long poll. */
  waitForChanges: method<ChangesAnswer>()(
    z
      .object({ since: z.number().int().min(0), timeoutMs: z.number().int().min(0).max(30_000).default(25_000) })
      .strict()
  ),
  /** The article's annotations in text order, each anchored in the current text or an orphan. */
  listAnnotations: method<AnnotationView[]>()(z.object({ articleId: articleIdSchema }).strict()),
  /** Highlights a range (UTF-16 offsets into the article's text), with tags and a note. */
  createAnnotation: method<AnnotationView>()(
    z
      .object({
        articleId: articleIdSchema,
        start: offset,
        end: offset,
        color,
        tags: z.array(entityId).max(100).default([]),
        newTags: z.array(tagName).max(20).default([]),
        note: note.default('')
      })
      .strict()
      .refine((input) => input.end > input.start, 'The selection is empty.')
  ),
  /** Changes colour, tags (existing ids, or new names created in place) or note. */
  updateAnnotation: method<Annotation>()(
    z
      .object({
        id: entityId,
        color: color.optional(),
        tags: z.array(entityId).max(100).optional(),
        newTags: z.array(tagName).max(20).optional(),
        note: note.optional()
      })
      .strict()
  ),
  deleteAnnotation: method<{ deleted: string }>()(z.object({ id: entityId }).strict()),
  /** Pins an annotation (an orphan, usually) to a newly selected range. */
  reattachAnnotation: method<Annotation>()(
    z
      .object({ id: entityId, start: offset, end: offset })
      .strict()
      .refine((input) => input.end > input.start, 'The selection is empty.')
  ),
  listTags: method<Tag[]>()(z.object({}).strict()),
  /** How many annotations (in all articles) carry each tag, by tag id. */
  countTagUsage: method<Record<string, number>>()(z.object({}).strict()),
  createTag: method<Tag>()(
    z
      .object({
        name: tagName,
        color: tagColor.optional(),
        description: z.string().max(10_000).optional(),
        parentId: entityId.nullable().optional()
      })
      .strict()
  ),
  updateTag: method<Tag>()(
    z
      .object({
        id: entityId,
        name: tagName.optional(),
        color: tagColor.optional(),
        description: z.string().max(10_000).optional(),
        parentId: entityId.nullable().optional()
      })
      .strict()
  ),
  /** Moves every annotation and sub-tag of `from` to `into`, then removes `from`. */
  mergeTags: method<Tag>()(z.object({ from: entityId, into: entityId }).strict()),
  /** Removes a tag from the codebook and from every annotation (undoable). */
  deleteTag: method<{ deleted: string }>()(z.object({ id: entityId }).strict()),
  /** An article's cited documents and themes with their evidence; null until the index has read it. */
  getArticleAnalysis: method<IndexedAnalysis | null>()(z.object({ id: articleIdSchema }).strict()),
  /** The theme ontology's themes, with their labels. */
  listThemes: method<{ themes: ThemeLabel[] }>()(z.object({}).strict()),
  /** The whole ontology detection uses, for the theme editor: which themes and cues are the user's. */
  getThemeOntology: method<OntologyView>()(z.object({}).strict()),
  /** One edit of the ontology (a theme or a cue added, labels, a cue removed, a reset), kept in the
   * data folder's themes-ontology.json; themes are detected again, and a theme-ontology change event
   * then a new search version tell every view. */
  editThemeOntology: method<OntologyEditResult>()(z.object({ edit: ontologyEditSchema }).strict()),
  /** The articles citing a document: its code (`18-NQ/TW`, either document of it) or one known document (`18-NQ/TW@2017`). */
  listCitingArticles: method<{ articles: string[] }>()(
    z.object({ document: z.string().trim().min(3, 'Give a document code.').max(100) }).strict()
  ),
  /** The articles with the strongest cues of a theme, strongest first, and how many have any. */
  listThemeArticles: method<{ articles: ThemeCarrier[]; total: number }>()(
    z.object({ theme: themeId, limit: z.number().int().min(1).max(10_000).default(500) }).strict()
  ),
  /** Confirms, rejects or (verdict null) clears themes for articles: one undo step for the whole list. */
  setThemeDecisions: method<ThemeDecision[]>()(
    z
      .object({
        decisions: z
          .array(themeDecisionInput)
          .min(1, 'Give at least one decision.')
          .max(10_000, 'At most 10,000 decisions at once.')
      })
      .strict()
      .refine(
        ({ decisions }) =>
          new Set(decisions.map((d) => themeDecisionId(d.articleId, d.themeId))).size === decisions.length,
        'Each article and theme appears once in a list of decisions.'
      )
  ),
  /** The themes view's matrix: every article (or only `articles`) by every theme, each cell's
   * strength, detection and verdict packed in one number (theme-matrix.ts), with each article's
   * date, outlet and the province its title or lead names. */
  getThemeMatrix: method<ThemeMatrix>()(
    z.object({ articles: z.array(articleIdSchema).max(10_000, 'At most 10,000 articles at once.').optional() }).strict()
  ),
  /** The user's theme decisions: one article's, or (no id) every article's. */
  getThemeDecisions: method<ThemeDecision[]>()(z.object({ articleId: articleIdSchema.optional() }).strict()),
  /** The article's other copies (the same story in another outlet, or cut down under a new lead),
   * with the share of text each holds of the other; the pairs the user dismissed left out. */
  getArticleCopies: method<ArticleCopies>()(z.object({ id: articleIdSchema }).strict()),
  /** Every group of articles that are copies of one story: the library's mark. */
  listCopyGroups: method<CopyGroups>()(z.object({}).strict()),
  /** "Not the same story": the pair is no longer shown as copies (one undoable step). */
  dismissNearDuplicate: method<NearDuplicateDismissal>()(
    z
      .object({ articleId: articleIdSchema, otherId: articleIdSchema })
      .strict()
      .refine((input) => input.articleId !== input.otherId, 'Dismiss a pair of two different articles.')
  ),
  undo: method<{ undone: string | null }>()(z.object({}).strict()),
  redo: method<{ redone: string | null }>()(z.object({}).strict()),
  /** Full-text search over articles, notes and highlighted quotes; snippets for the first `limit`. */
  search: method<SearchResults>()(
    z
      .object({
        query: z.string().max(2000, 'A query is at most 2,000 characters.'),
        limit: z.number().int().min(1).max(200).default(50)
      })
      .strict()
  ),
  /** Colours and tags used in each article's annotations, for the library's filters. */
  listArticleFacets: method<ArticleFacets>()(z.object({}).strict()),
  /** Highlighted passages across every article carrying a tag (or its sub-tags), a colour or a
   * confirmed theme, grouped by article and sorted by its date or title; one page and the total. */
  listPassages: method<PassagePage>()(
    z
      .object({
        filter: passageFilter.default({}),
        sort: z.enum(PASSAGE_SORTS, { error: 'Sort by "date-desc", "date-asc" or "article".' }).default('date-desc'),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        /** 0: the totals alone, unsorted (cheap: the codebook asks so, to have the index read ahead). */
        limit: z.number().int().min(0).max(500, 'At most 500 passages a page.').default(100)
      })
      .strict()
  ),
  /** Links two passages (usually of two articles) with a kind and a note: one undoable step. */
  createLink: method<Link>()(
    z.object({ from: linkEndInput, to: linkEndInput, kind: linkKind, note: note.default('') }).strict()
  ),
  /** Changes a link's kind or note. */
  updateLink: method<Link>()(
    z
      .object({ id: linkId, kind: linkKind.optional(), note: note.optional() })
      .strict()
      .refine((input) => input.kind !== undefined || input.note !== undefined, 'Give a new kind or a new note.')
  ),
  deleteLink: method<{ deleted: string }>()(z.object({ id: linkId }).strict()),
  /** The article's links, each with both ends anchored (or orphaned) and the other article's header. */
  listLinks: method<LinkView[]>()(z.object({ articleId: articleIdSchema }).strict()),
  /** The article's memo (the user's note on the whole article), or null. */
  getMemo: method<Memo | null>()(z.object({ articleId: articleIdSchema }).strict()),
  /** Writes the article's memo (Markdown); empty text deletes it. One undoable step; null once none. */
  setMemo: method<Memo | null>()(
    z
      .object({
        articleId: articleIdSchema,
        text: z.string().max(MEMO_MAX, `A memo is at most ${MEMO_MAX.toLocaleString('en')} characters.`)
      })
      .strict()
  ),
  /** Every memo's first line by article id: the library's memo marks and its "Has a memo" filter. */
  listMemoMarks: method<MemoMarks>()(z.object({}).strict()),
  /** Every document the library cites (after the user's verdicts), with its citing articles by month. */
  listDocuments: method<DocumentList>()(
    z
      .object({
        sort: z.enum(DOCUMENT_SORTS, { error: 'Sort by "most-cited", "newest" or "code".' }).default('most-cited')
      })
      .strict()
  ),
  /** One document's citing articles (newest first), each with its citing sentences and any verdict. */
  getDocumentCitations: method<DocumentCitations>()(z.object({ document: documentName }).strict()),
  /** Confirms, corrects (to a known document), rejects or (null) clears citations' resolutions: one undo step. */
  decideCitations: method<CitationDecision[]>()(
    z
      .object({
        decisions: z
          .array(citationDecisionInput)
          .min(1, 'Give at least one decision.')
          .max(10_000, 'At most 10,000 decisions at once.')
      })
      .strict()
      .refine(
        ({ decisions }) =>
          new Set(decisions.map((d) => citationDecisionId(d.articleId, d.citation))).size === decisions.length,
        'Each article and citation appears once in a list of decisions.'
      )
  ),
  /** Citations resolved with doubt across the library (or those decided), for review. */
  listCitationReview: method<CitationReview>()(
    z
      .object({
        filter: z.enum(REVIEW_FILTERS).default('undecided'),
        /** Only the citations counted for this document (a documents-list id). */
        document: documentName.optional()
      })
      .strict()
  ),
  /** The reader panes as the user left them: one or two, the divider, each pane's article and place. */
  getReaderLayout: method<ReaderLayout>()(z.object({}).strict()),
  /** Keeps the reader's layout for the next launch (the renderer sends it a moment after it changes). */
  saveReaderLayout: method<{ saved: boolean }>()(z.object({ layout: readerLayoutSchema }).strict()),
  /** Passages in other articles citing the same documents or carrying the same themes as the open
   * article (or, with `range`, as that passage of it), most shared first, each with its snippet. */
  getRelated: method<RelatedAnswer>()(
    z
      .object({
        articleId: articleIdSchema,
        range: z.object({ start: offset, end: offset }).strict().optional(),
        limit: z.number().int().min(1).max(200).default(30)
      })
      .strict()
      .refine((input) => !input.range || input.range.end > input.range.start, 'The range is empty.')
  ),
  ...exportContract,
  ...orphansContract,
  ...dataFolderContract,
  ...settingsContract,
  ...shortcutsContract,
  ...correctionsContract,
  ...readingPlacesContract
} as const satisfies Record<ApiMethodName, unknown>

export type ApiContract = typeof apiContract
export type ApiMethod = keyof ApiContract
// Fails to compile if the contract has a method that method-names.ts does not list.
export const apiMethods: readonly ApiMethod[] = apiMethodNames satisfies readonly ApiMethod[]
const everyMethodNamed: ApiMethod extends ApiMethodName ? true : never = true
void everyMethodNamed

export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>
/** What a handler receives: the input after validation and defaults. */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>
export type ApiValue<M extends ApiMethod> = ApiContract[M]['result']

/** Errors don't survive a process boundary, so every call answers with one of these. */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } }

/** What the preload exposes and what the web client implements: one async function per method. */
export type CrossreadApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResponse<ApiValue<M>>>
}
