// What a researcher does with annotations, the codebook and theme verdicts: each action a transaction of
// UndoableActions (undoable, published as an entity diff, answered once durable), and each
// article's annotations anchored in its current text by AnchoredViews.
import { describeRange } from '../anchoring'
import { ApiError } from '../../common/errors/api-error'
import { articleText } from '../../common/text/article-text'
import type { Article, ArticleSummary } from '../../common/model/article-types'
import type { AnnotationStore } from '../store/annotation-store'
import type { Annotation, AnnotationView, HighlightColor, Tag } from '../../common/model/annotation-types'
import { AnchoredViews, textHashOf } from './anchored-views'
import { ArticleFacetIndex } from './article-facets'
import { UndoableActions, type AppliedChanges } from './undoable-actions'
import type { Transaction } from './transaction'
import * as codebook from './codebook'
import type { SearchableAnnotation } from '../search/searchable-annotation'
import type { ArticleFacets } from '../../common/model/search-types'
import type { ThemeDecision } from '../../common/model/theme-decision'
import { localUserName } from './local-user-name'
import { byArticleAndTheme, decideThemes, reviewLabel, type ThemeDecisionInput } from './theme-review'
import type { NearDuplicateDismissal } from '../../common/model/near-duplicates'
import { DISMISS_LABEL, dismissNearDuplicate } from './near-duplicate-dismissal'
import type { CitationDecision } from '../../common/model/documents'
import {
  citationReviewLabel,
  decideCitations,
  type CitationDecisionInput,
  type CitationFacts
} from '../documents/decide-citations'
import { LinkService } from '../links/link-service'
import { MemoService } from '../memos/memo-service'
import { searchableMemo } from '../memos/searchable-memo'
import { CorrectionService } from '../corrections/correction-service'

export interface AnnotationDeps {
  store: AnnotationStore
  loadArticle: (id: string) => Promise<Article | undefined>
  /** An article's summary as the library lists it, for header corrections; without it, none can be made. */
  summaryOf?: (id: string) => ArticleSummary | undefined
  now?: () => Date
  /** Who theme decisions are attributed to; by default the account name on this computer. */
  userName?: string
}

/** About five shards at 100,000 annotations: few messages to the search workers, each small. */
const SEARCHABLE_BATCH = 2000

export class AnnotationService {
  private readonly facetIndex: ArticleFacetIndex
  private readonly views: AnchoredViews
  private readonly actions: UndoableActions
  private readonly userName: string
  /** Typed links between passages: actions in the same undoable transactions as annotations. */
  readonly links: LinkService
  /** Memos on whole articles: actions in the same undoable transactions too. */
  readonly memos: MemoService
  /** The user's corrections of article headers (main/corrections): undoable with the rest. */
  readonly corrections: CorrectionService

  constructor(private readonly deps: AnnotationDeps) {
    this.userName = deps.userName ?? localUserName()
    this.facetIndex = new ArticleFacetIndex(deps.store)
    this.views = new AnchoredViews(deps.store)
    this.actions = new UndoableActions(deps.store, this.facetIndex, (id) => this.views.forget(id))
    this.links = new LinkService({
      store: deps.store,
      run: (label, body) => this.actions.run(label, body),
      loadArticle: deps.loadArticle,
      now: () => this.now()
    })
    this.memos = new MemoService({
      store: deps.store,
      run: (label, body) => this.actions.run(label, body),
      loadArticle: deps.loadArticle,
      now: () => this.now()
    })
    this.corrections = new CorrectionService({
      store: deps.store,
      run: (label, body) => this.actions.run(label, body),
      summaryOf: (id) => deps.summaryOf?.(id),
      user: () => this.userName,
      now: () => this.now()
    })
  }

  /** Calls `listener` after every action, undo and redo (also one that could not be saved). */
  onChanges(listener: (applied: AppliedChanges) => void): () => void {
    return this.actions.onChanges(listener)
  }

  /** After a restore replaced the store's files: the undo history and what was kept of the old ones go. */
  forgetAfterRestore(): void {
    this.actions.clearHistory()
    this.facetIndex.forgetAll()
    this.views.forgetAll()
  }

  countsByArticle(): Map<string, number> {
    return this.deps.store.countsByArticle()
  }

  /**
   * Every note and highlighted quote, for the search index, in batches of a few shards: the store
   * keeps none it did not hold already, and no one list of all of them is ever built.
   */
  async visitSearchable(visit: (batch: SearchableAnnotation[]) => Promise<void>): Promise<void> {
    let batch: SearchableAnnotation[] = []
    await this.deps.store.visitShards(async (annotations) => {
      for (const annotation of annotations)
        batch.push({
          id: annotation.id,
          articleId: annotation.articleId,
          note: annotation.note,
          quote: annotation.target.quote.exact
        })
      if (batch.length < SEARCHABLE_BATCH) return
      const full = batch
      batch = []
      await visit(full)
    })
    batch.push(...this.memos.all().map(searchableMemo)) // memos are searched as notes are
    if (batch.length > 0) await visit(batch)
  }

  /** Per article, the colours and tag ids its annotations use (for the library's filters). */
  facets(): Promise<ArticleFacets> {
    return this.facetIndex.all()
  }

  /** The article's annotations, each anchored in its current text (or an orphan), in text order. */
  async list(articleId: string): Promise<AnnotationView[]> {
    const text = await this.textOf(articleId)
    await this.deps.store.ensureArticle(articleId)
    return this.views.list(articleId, text)
  }

  async create(input: {
    articleId: string
    start: number
    end: number
    color: HighlightColor
    tags: string[]
    newTags: string[]
    note: string
  }): Promise<AnnotationView> {
    const text = await this.textOf(input.articleId)
    checkRange(text, input.start, input.end)
    await this.deps.store.ensureArticle(input.articleId)
    const now = this.now()
    return this.actions.run('highlight', (tx) => {
      const tags = [
        ...input.tags.filter((id) => this.deps.store.tags.has(id)),
        ...input.newTags.map((name) => codebook.ensureTag(tx, name, now).id)
      ]
      const annotation: Annotation = {
        id: this.deps.store.newId(input.articleId),
        articleId: input.articleId,
        target: { ...describeRange(text, input.start, input.end), textHash: textHashOf(text) },
        color: input.color,
        tags: [...new Set(tags)],
        note: input.note,
        created: now,
        modified: now
      }
      tx.putAnnotation(annotation)
      return { ...annotation, anchor: { status: 'exact', start: input.start, end: input.end } }
    })
  }

  async update(input: {
    id: string
    color?: HighlightColor
    tags?: string[]
    newTags?: string[]
    note?: string
  }): Promise<Annotation> {
    await this.deps.store.ensureId(input.id)
    const now = this.now()
    return this.actions.run('edit annotation', (tx) => {
      const annotation = this.existing(input.id)
      const tags =
        input.tags === undefined && input.newTags === undefined
          ? annotation.tags
          : [
              ...(input.tags ?? annotation.tags).filter((id) => this.deps.store.tags.has(id)),
              ...(input.newTags ?? []).map((name) => codebook.ensureTag(tx, name, now).id)
            ]
      const updated = {
        ...annotation,
        color: input.color ?? annotation.color,
        note: input.note ?? annotation.note,
        tags: [...new Set(tags)],
        modified: now
      }
      tx.putAnnotation(updated)
      return updated
    })
  }

  async remove(id: string): Promise<void> {
    await this.deps.store.ensureId(id)
    await this.actions.run('delete annotation', (tx) => tx.deleteAnnotation(this.existing(id).id))
  }

  /** An orphan (or any annotation) pinned to a new passage the user selected. */
  async reattach(input: { id: string; start: number; end: number }): Promise<Annotation> {
    await this.deps.store.ensureId(input.id)
    const annotation = this.existing(input.id)
    const text = await this.textOf(annotation.articleId)
    checkRange(text, input.start, input.end)
    const now = this.now()
    return this.actions.run('re-attach annotation', (tx) => {
      const updated = {
        ...annotation,
        target: { ...describeRange(text, input.start, input.end), textHash: textHashOf(text) },
        modified: now
      }
      tx.putAnnotation(updated)
      return updated
    })
  }

  tags(): Tag[] {
    return [...this.deps.store.tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'th'))
  }

  tagUsage(): Record<string, number> {
    return this.deps.store.tagUsage()
  }

  createTag(input: { name: string; color?: string; description?: string; parentId?: string | null }): Promise<Tag> {
    return this.actions.run('create tag', (tx) => codebook.createTag(tx, input, this.now()))
  }

  updateTag(input: {
    id: string
    name?: string
    color?: string
    description?: string
    parentId?: string | null
  }): Promise<Tag> {
    return this.actions.run('edit tag', (tx) => codebook.updateTag(tx, input))
  }

  async mergeTags(input: { from: string; into: string }): Promise<Tag> {
    await this.deps.store.ensureAll()
    return this.actions.run('merge tags', (tx) => codebook.mergeTags(tx, input.from, input.into, this.now()))
  }

  async deleteTag(id: string): Promise<void> {
    await this.deps.store.ensureAll()
    await this.actions.run('delete tag', (tx) => codebook.deleteTag(tx, id, this.now()))
  }

  /** Confirms, rejects or clears themes for articles, all in one undoable step. */
  setThemeDecisions(input: { decisions: ThemeDecisionInput[] }): Promise<ThemeDecision[]> {
    const made = { by: this.userName, at: this.now() }
    return this.actions.run(reviewLabel(input.decisions), (tx) => decideThemes(tx, input.decisions, made))
  }

  /** One article's theme decisions, or every article's. */
  themeDecisions(articleId?: string): ThemeDecision[] {
    const decisions = this.deps.store.themeDecisions
    return (articleId === undefined ? decisions.all() : decisions.ofArticle(articleId)).sort(byArticleAndTheme)
  }

  /** Says two articles found as copies are not the same story: one undoable step. */
  dismissNearDuplicate(input: { articleId: string; otherId: string }): Promise<NearDuplicateDismissal> {
    const made = { by: this.userName, at: this.now() }
    return this.actions.run(DISMISS_LABEL, (tx) => dismissNearDuplicate(tx, input, made))
  }

  /** Confirms, corrects, rejects or clears citations' resolutions (documents view): one undoable step. */
  decideCitations(inputs: CitationDecisionInput[], facts: CitationFacts): Promise<CitationDecision[]> {
    const made = { by: this.userName, at: this.now() }
    return this.actions.run(citationReviewLabel(inputs), (tx) => decideCitations(tx, inputs, made, facts))
  }

  /**
   * Runs an import (W3C annotations, a REFI-QDA codebook) as one undoable action, so one Undo takes
   * the whole file back. The shards of the articles and annotation ids it touches are loaded first.
   */
  async runImport<T>(
    label: string,
    touches: { articleIds: string[]; annotationIds: string[] },
    body: (tx: Transaction) => T
  ): Promise<T> {
    for (const id of new Set(touches.articleIds)) await this.deps.store.ensureArticle(id)
    for (const id of new Set(touches.annotationIds)) await this.deps.store.ensureId(id)
    return this.actions.run(label, body)
  }

  /** Who actions are attributed to (the exports' creator). */
  get user(): string {
    return this.userName
  }

  undo(): Promise<{ undone: string | null }> {
    return this.actions.undo()
  }

  redo(): Promise<{ redone: string | null }> {
    return this.actions.redo()
  }

  historyLabels(): { undo: string | null; redo: string | null } {
    return this.actions.labels()
  }

  private existing(id: string): Annotation {
    const annotation = this.deps.store.get(id)
    if (!annotation)
      throw new ApiError('not-found', 'That annotation no longer exists (it may have been deleted or undone).')
    return annotation
  }

  private async textOf(articleId: string): Promise<string> {
    const article = await this.deps.loadArticle(articleId)
    if (!article) throw new ApiError('not-found', 'That article is no longer in the library.')
    return articleText(article.blocks)
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString()
  }
}

function checkRange(text: string, start: number, end: number): void {
  if (!(start >= 0 && end > start && end <= text.length))
    throw new ApiError('invalid-input', 'The selection is outside the article’s text.')
}
