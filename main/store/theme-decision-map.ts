// The store's theme decisions in memory, grouped by article: a reader asks for one article's,
// the review list and the manifest for all of them. Ids are `${articleId} ${themeId}`.
import { articleOfThemeDecision, type ThemeDecision } from '../../common/model/theme-decision'

export type ThemeDecisionReader = Pick<ThemeDecisionMap, 'get' | 'ofArticle' | 'all'>

export class ThemeDecisionMap {
  private readonly byArticle = new Map<string, Map<string, ThemeDecision>>()

  constructor(decisions: Iterable<ThemeDecision> = []) {
    for (const decision of decisions) this.put(decision)
  }

  get(id: string): ThemeDecision | undefined {
    return this.byArticle.get(articleOfThemeDecision(id))?.get(id)
  }

  put(decision: ThemeDecision): void {
    let decisions = this.byArticle.get(decision.articleId)
    if (!decisions) this.byArticle.set(decision.articleId, (decisions = new Map()))
    decisions.set(decision.id, decision)
  }

  /** True if there was one to remove. */
  remove(id: string): boolean {
    const articleId = articleOfThemeDecision(id)
    const decisions = this.byArticle.get(articleId)
    if (!decisions?.delete(id)) return false
    if (decisions.size === 0) this.byArticle.delete(articleId)
    return true
  }

  ofArticle(articleId: string): ThemeDecision[] {
    return [...(this.byArticle.get(articleId)?.values() ?? [])]
  }

  all(): ThemeDecision[] {
    return [...this.byArticle.values()].flatMap((decisions) => [...decisions.values()])
  }
}
