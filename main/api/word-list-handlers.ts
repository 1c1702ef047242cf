// The domain word list's API methods: the list the renderer cuts with, and the user's own words
// kept or dropped from the reader. The input was checked already (contract.ts: one Thai word).
import { ApiError } from '../../common/errors/api-error'
import type { DomainWordList } from '../lexicon/domain-word-list'
import type { ApiHandlers } from './dispatch'

export function wordListHandlers(
  list: DomainWordList
): Pick<ApiHandlers, 'getDomainWords' | 'addDomainWord' | 'removeDomainWord'> {
  return {
    getDomainWords: () => ({ words: [...list.words], own: [...list.own] }),
    addDomainWord: ({ word }) => list.add(word),
    removeDomainWord: ({ word }) => {
      if (list.isUsers(word)) return list.remove(word)
      if (list.isShipped(word))
        throw new ApiError('refused', `“${word}” comes with Crossread’s own list, which is not changed from the app.`)
      throw new ApiError('not-found', `“${word}” is not one of your words, so nothing was removed.`)
    }
  }
}
