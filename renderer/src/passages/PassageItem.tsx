import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { COLOR_LABELS } from '../../../common/model/highlight-colors'
import type { Passage } from '../../../common/model/passages'
import { SafeText } from '../bidi/SafeText'

interface Props {
  passage: Passage
  tags: ReadonlyMap<string, Tag>
}

/** One passage: its quote in its highlight colour, the colour's name, its tags and its note. */
export function PassageItem({ passage, tags }: Props) {
  const { t } = useTranslation('passages')
  const named = passage.tags.flatMap((id) => {
    const tag = tags.get(id)
    return tag ? [tag] : []
  })
  return (
    <div className="passage-body">
      <p className="passage-quote" lang="th">
        <span className={`hl hl-${passage.color}`}>
          <SafeText text={passage.quote} />
        </span>
      </p>
      <div className="passage-meta">
        <span className="passage-color">
          <span className={`passage-swatch swatch-${passage.color}`} aria-hidden="true" />
          {COLOR_LABELS[passage.color]}
        </span>
        {named.map((tag) => (
          <span key={tag.id} className="passage-tag" lang="th">
            <SafeText text={tag.name} />
          </span>
        ))}
        {passage.clipped && <span className="passage-more">{t('clipped')}</span>}
      </div>
      {passage.note && (
        <p className="passage-note" lang="th">
          <span className="visually-hidden">{t('notePrefix')}</span>
          <SafeText text={passage.note} />
        </p>
      )}
    </div>
  )
}
