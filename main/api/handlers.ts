// What each API method does, with its collaborators injected so that Electron and the web host
// share one implementation.
import type { ArticleLibrary } from '../articles/article-library'
import { ApiError } from './api-error'
import type { ApiHandlers } from './dispatch'
import { isOpenableUrl } from './external-url'

export interface HandlerDeps {
  library: ArticleLibrary
  /** Opens an http(s) URL in the user's browser; the URL has already been checked. */
  openExternal: (url: string) => Promise<void>
}

export function createHandlers({ library, openExternal }: HandlerDeps): ApiHandlers {
  const article = async (id: string) => {
    const found = await library.get(id)
    if (!found) throw new ApiError('not-found', 'That article is no longer in the library.')
    return found
  }
  return {
    listArticles: () => library.list(),
    getArticle: ({ id }) => article(id),
    openSource: async ({ id }) => {
      const { sourceUrl } = (await article(id)).summary
      if (!sourceUrl || !isOpenableUrl(sourceUrl)) {
        throw new ApiError('refused', 'This article has no web address that can be opened (only http and https are).')
      }
      try {
        await openExternal(sourceUrl)
      } catch {
        throw new ApiError('failed', `The system browser could not be started. The address is ${sourceUrl}`)
      }
      return { opened: sourceUrl }
    }
  }
}
