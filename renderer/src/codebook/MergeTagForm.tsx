import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import type { Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { mergeChoices, optionLabel } from './tag-tree'
import { useApiAction } from '../data/use-api-action'
import { annotationCount } from './words'
import { ActionError } from './ActionError'
import { SafeText } from '../bidi/SafeText'

interface Props {
  tag: Tag
  tags: Tag[]
  count: number
  hasChildren: boolean
  onClose: () => void
}

/** Merge a tag into a survivor chosen from a list; main moves its annotations and sub-tags. */
export function MergeTagForm({ tag, tags, count, hasChildren, onClose }: Props) {
  const { t } = useTranslation('codebook')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const [into, setInto] = useState('')
  const action = useApiAction()
  const choices = mergeChoices(tags, tag.id)
  const id = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (action.busy) return
    if (!choices.some((entry) => entry.tag.id === into)) return action.setError(t('merge.chooseError'))
    if (await action.run(() => api.mergeTags({ from: tag.id, into }))) onClose()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  return (
    <form
      className="codebook-form"
      aria-label={t('merge.label', { name: tag.name })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
    >
      {choices.length === 0 ? (
        <p className="muted">
          {t('merge.noOtherBefore')}
          <SafeText text={tag.name} />
          {t('merge.noOtherAfter')}
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-into`}>
            {t('merge.intoBefore')}
            <SafeText text={tag.name} />
            {t('merge.intoAfter')}
          </label>
          <select id={`${id}-into`} autoFocus value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">{t('merge.choose')}</option>
            {choices.map((entry) => (
              <option key={entry.tag.id} value={entry.tag.id}>
                {optionLabel(entry)}
              </option>
            ))}
          </select>
          <p className="muted">
            {moving(t, count, hasChildren)} {t('merge.removedBefore')}
            <SafeText text={tag.name} />
            {t('merge.removedAfter')} {t('undoes', { keys: undoKeys })}
          </p>
        </>
      )}
      <div className="row">
        {choices.length > 0 && (
          <button type="submit" className="small primary" disabled={action.busy}>
            {t('merge.confirm')}
          </button>
        )}
        <button type="button" className="small quiet" onClick={onClose} autoFocus={choices.length === 0}>
          {t('cancel')}
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  )
}

function moving(t: TFunction<'codebook'>, count: number, hasChildren: boolean): string {
  const annotations = annotationCount(t, count)
  if (count > 0 && hasChildren) return t('merge.annotationsAndSubTags', { annotations })
  if (count > 0) return t('merge.annotationsMove', { count, annotations })
  return hasChildren ? t('merge.subTagsMove') : t('merge.unused')
}
