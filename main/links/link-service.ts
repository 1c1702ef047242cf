// What a researcher does with links between passages: create, retype or annotate, delete (each an
// undoable transaction of the annotation store, answered once durable), and list an article's
// links with both ends anchored in their articles' current texts.
import { randomBytes } from 'node:crypto'
import { describeRange } from '../anchoring'
import { ApiError } from '../../common/errors/api-error'
import { articleText } from '../../common/text/article-text'
import type { Article } from '../../common/model/article-types'
import type { Link, LinkEnd, LinkKind, LinkView } from '../../common/model/link-types'
import type { AnnotationStore } from '../store/annotation-store'
import type { Transaction } from '../annotations/transaction'
import { hashedText, LinkAnchors, type HashedText } from './link-anchors'
import { linkViewsOf, type LoadedArticle } from './link-views'

export interface PassageRange {
  articleId: string
  start: number
  end: number
}

export interface LinkDeps {
  store: Pick<AnnotationStore, 'links' | 'putLink' | 'changed' | 'readOnly'>
  /** Runs a body as one undoable, journaled action (UndoableActions.run). */
  run: <T>(label: string, body: (tx: Transaction) => T) => Promise<T>
  loadArticle: (id: string) => Promise<Article | undefined>
  now: () => string
}

/** The undo stack's names for link actions ("Undo link passages"). */
export const LINK_LABELS = { create: 'link passages', edit: 'edit link', delete: 'delete link' } as const

export class LinkService {
  private readonly anchors = new LinkAnchors()

  constructor(private readonly deps: LinkDeps) {}

  async create(input: { from: PassageRange; to: PassageRange; kind: LinkKind; note: string }): Promise<Link> {
    const from = await this.endAt(input.from)
    const to = await this.endAt(input.to)
    const overlapping =
      from.articleId === to.articleId && input.from.start < input.to.end && input.to.start < input.from.end
    if (overlapping) throw new ApiError('invalid-input', 'A passage cannot be linked to a passage that overlaps it.')
    const now = this.deps.now()
    const link: Link = {
      id: newLinkId(),
      kind: input.kind,
      note: input.note,
      ends: [from, to],
      created: now,
      modified: now
    }
    return this.deps.run(LINK_LABELS.create, (tx) => {
      tx.putLink(link)
      return link
    })
  }

  update(input: { id: string; kind?: LinkKind; note?: string }): Promise<Link> {
    return this.deps.run(LINK_LABELS.edit, (tx) => {
      const link = this.existing(input.id)
      const updated = {
        ...link,
        kind: input.kind ?? link.kind,
        note: input.note ?? link.note,
        modified: this.deps.now()
      }
      tx.putLink(updated)
      return updated
    })
  }

  async remove(id: string): Promise<void> {
    await this.deps.run(LINK_LABELS.delete, (tx) => tx.deleteLink(this.existing(id).id))
  }

  /** The article's links, each end anchored (or orphaned), in the order of their ends here. */
  async list(articleId: string): Promise<LinkView[]> {
    const links = this.deps.store.links.ofArticle(articleId)
    const ids = new Set(links.flatMap((link) => link.ends.map((end) => end.articleId)))
    // Read side by side: each is parsed on a worker (or found in the library's cache of parses).
    const loaded = await Promise.all([...ids].map(async (id) => [id, await this.deps.loadArticle(id)] as const))
    const articles = new Map<string, LoadedArticle>()
    for (const [id, article] of loaded)
      if (article) articles.set(id, { summary: article.summary, text: hashedText(articleText(article.blocks)) })
    const anchor = (end: LinkEnd, text: HashedText | null) => this.anchors.anchor(end, text)
    const { views, moved } = linkViewsOf(articleId, links, articles, anchor)
    if (moved.length > 0 && !this.deps.store.readOnly) {
      for (const link of moved) this.deps.store.putLink(link)
      this.deps.store.changed()
    }
    return views
  }

  private async endAt({ articleId, start, end }: PassageRange): Promise<LinkEnd> {
    const article = await this.deps.loadArticle(articleId)
    if (!article) throw new ApiError('not-found', 'That article is no longer in the library.')
    const text = hashedText(articleText(article.blocks))
    if (!(start >= 0 && end > start && end <= text.text.length))
      throw new ApiError('invalid-input', 'The selection is outside the article’s text.')
    return { articleId, target: { ...describeRange(text.text, start, end), textHash: text.hash } }
  }

  private existing(id: string): Link {
    const link = this.deps.store.links.get(id)
    if (!link) throw new ApiError('not-found', 'That link no longer exists (it may have been deleted or undone).')
    return link
  }
}

const newLinkId = () => `l${randomBytes(8).toString('hex')}`
