// The sidebar's "Links (n)" tab button: its count comes from the same cached list the panel shows.
import { useTranslation } from 'react-i18next'
import { useArticleLinks } from './use-article-links'

interface Props {
  articleId: string | null
  selected: boolean
  onSelect: () => void
}

export function LinksTab({ articleId, selected, onSelect }: Props) {
  const { t } = useTranslation('links')
  const { links } = useArticleLinks(articleId)
  return (
    <button type="button" role="tab" aria-selected={selected} onClick={onSelect}>
      {links.length > 0 ? t('tabCount', { count: links.length }) : t('tab')}
    </button>
  )
}
