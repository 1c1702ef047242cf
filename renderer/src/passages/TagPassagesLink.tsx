import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { plainLabel } from '../bidi/bidi-controls'
import { usePassagesOpener } from './passages-opener'
import './passages.css'

/** A tag's count in the codebook: a link to the passages carrying it (a plain count where there is no view). */
export function TagPassagesLink({ tag, count }: { tag: Tag; count: number }) {
  const open = usePassagesOpener()
  const { t } = useTranslation('passages')
  const n = count.toLocaleString()
  if (!open || count === 0)
    return (
      <span className="codebook-count" title={t('passageCount', { count, n })}>
        {count.toLocaleString()}
        <span className="visually-hidden"> {t('passageNoun', { count })}</span>
      </span>
    )
  return (
    <button
      type="button"
      className="codebook-count codebook-count-link"
      title={t('listTagged', { count, n, tag: plainLabel(tag.name) })}
      onClick={() => open({ tag: tag.id })}
    >
      {count.toLocaleString()}
      <span className="visually-hidden"> {t('listThem', { count })}</span>
    </button>
  )
}
