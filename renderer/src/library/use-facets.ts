// The colours and tags of each article's annotations, for the tag and colour filters; refetched
// when main says annotations may have changed (its contentVersion), not on every status tick.
import { useEffect, useState } from 'react'
import type { ArticleFacets } from '../../../common/model/search-types'
import { api } from '../api/client'

export function useFacets(contentVersion: number | undefined): { facets: ArticleFacets; error: string | null } {
  const [state, setState] = useState<{ facets: ArticleFacets; error: string | null }>({ facets: {}, error: null })
  useEffect(() => {
    let alive = true
    void api.listArticleFacets({}).then((result) => {
      if (!alive) return
      // A failure keeps the last facets: stale counts beat every tag filter emptying the list.
      setState((last) => (result.ok ? { facets: result.value, error: null } : { facets: last.facets, error: result.error.message }))
    })
    return () => {
      alive = false
    }
  }, [contentVersion])
  return state
}
