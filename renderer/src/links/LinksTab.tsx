// The sidebar's "Links (n)" tab button: its count comes from the same cached list the panel shows.
import { useArticleLinks } from './use-article-links'

interface Props {
  articleId: string | null
  selected: boolean
  onSelect: () => void
}

export function LinksTab({ articleId, selected, onSelect }: Props) {
  const { links } = useArticleLinks(articleId)
  return (
    <button type="button" role="tab" aria-selected={selected} onClick={onSelect}>
      Links{links.length > 0 ? ` (${links.length})` : ''}
    </button>
  )
}
