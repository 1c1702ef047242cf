// The store's links in memory, findable from either end's article: a reader asks for one
// article's links (both the ones it starts and the ones it ends), the manifest for all of them.
import type { Link } from '../../common/model/link-types'

export type LinkReader = Pick<LinkMap, 'get' | 'ofArticle' | 'all'>

export class LinkMap {
  private readonly links = new Map<string, Link>()
  private readonly byArticle = new Map<string, Set<string>>()

  constructor(links: Iterable<Link> = []) {
    for (const link of links) this.put(link)
  }

  get(id: string): Link | undefined {
    return this.links.get(id)
  }

  put(link: Link): void {
    this.remove(link.id) // its ends may have moved to other articles (never today; cheap to allow)
    this.links.set(link.id, link)
    for (const end of link.ends) {
      let ids = this.byArticle.get(end.articleId)
      if (!ids) this.byArticle.set(end.articleId, (ids = new Set()))
      ids.add(link.id)
    }
  }

  /** True if there was one to remove. */
  remove(id: string): boolean {
    const link = this.links.get(id)
    if (!link) return false
    this.links.delete(id)
    for (const end of link.ends) {
      const ids = this.byArticle.get(end.articleId)
      ids?.delete(id)
      if (ids?.size === 0) this.byArticle.delete(end.articleId)
    }
    return true
  }

  /** Every link with an end in the article, oldest first. */
  ofArticle(articleId: string): Link[] {
    return [...(this.byArticle.get(articleId) ?? [])]
      .flatMap((id) => this.links.get(id) ?? [])
      .sort((a, b) => a.created.localeCompare(b.created))
  }

  all(): Link[] {
    return [...this.links.values()]
  }
}
