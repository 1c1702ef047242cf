// The link API methods: create, edit, delete and list an article's typed links between passages.
// The input was checked already (contract.ts); the work is the link service's (main/links).
import type { LinkService } from '../links/link-service'
import type { ApiHandlers } from './dispatch'

export function linkHandlers(
  links: Pick<LinkService, 'create' | 'update' | 'remove' | 'list'>
): Pick<ApiHandlers, 'createLink' | 'updateLink' | 'deleteLink' | 'listLinks'> {
  return {
    createLink: (input) => links.create(input),
    updateLink: (input) => links.update(input),
    deleteLink: async ({ id }) => {
      await links.remove(id)
      return { deleted: id }
    },
    listLinks: ({ articleId }) => links.list(articleId)
  }
}
