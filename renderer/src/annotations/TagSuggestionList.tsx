// The listbox half of the tag picker's combobox: the options never take focus (it stays in the
// text field, which points at the highlighted one with aria-activedescendant), so a mouse press
// must not steal it either.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SafeText } from '../bidi/SafeText'
import { isPickable, type TagSuggestion } from './tag-suggestions'

interface Props {
  id: string
  options: TagSuggestion[]
  highlighted: number
  onHighlight: (index: number) => void
  onPick: (option: TagSuggestion) => void
}

/** The id of one option, for the field's aria-activedescendant. */
export const optionId = (listId: string, index: number) => `${listId}-option-${index}`

export function TagSuggestionList({ id, options, highlighted, onHighlight, onPick }: Props) {
  const { t } = useTranslation('annotations', { keyPrefix: 'tagPicker' })
  useEffect(() => {
    if (highlighted >= 0) document.getElementById(optionId(id, highlighted))?.scrollIntoView({ block: 'nearest' })
  }, [id, highlighted])

  return (
    <ul className="suggestions" id={id} role="listbox" aria-label={t('matching')}>
      {options.map((option, index) => (
        <li
          key={option.kind === 'tag' ? option.tag.id : 'create'}
          id={optionId(id, index)}
          role="option"
          aria-selected={index === highlighted}
          aria-disabled={!isPickable(option) || undefined}
          className={option.kind === 'create' ? 'create' : option.applied ? 'applied' : undefined}
          onMouseDown={(event) => event.preventDefault()}
          onMouseMove={() => isPickable(option) && index !== highlighted && onHighlight(index)}
          onClick={() => isPickable(option) && onPick(option)}
        >
          {option.kind === 'create' ? (
            <>
              {t('create')}
              <SafeText text={option.name} />
              {t('createEnd')}
            </>
          ) : (
            <>
              <span className="dot" style={{ background: option.tag.color }} />
              <SafeText text={option.tag.name} />
              {option.applied && <span className="applied-note">{t('applied')}</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
