import { useId, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import type { Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { useApiAction } from '../data/use-api-action'
import { annotationCount } from './words'
import { ActionError } from './ActionError'
import { SafeText } from '../bidi/SafeText'

interface Props {
  tag: Tag
  count: number
  hasChildren: boolean
  onClose: () => void
}

/** Asks before deleting a tag, saying what it takes with it and that Ctrl+Z brings it back. */
export function DeleteTagConfirm({ tag, count, hasChildren, onClose }: Props) {
  const { t } = useTranslation('codebook')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const action = useApiAction()
  const question = useId()

  const remove = async () => {
    if (await action.run(() => api.deleteTag({ id: tag.id }))) onClose()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onClose()
  }

  return (
    <div className="codebook-form codebook-confirm" role="group" aria-labelledby={question} onKeyDown={onKeyDown}>
      <p id={question}>
        {t('delete.before')}
        <SafeText text={tag.name} />
        {t('delete.after')}{' '}
        {count > 0 ? t('delete.removedFrom', { annotations: annotationCount(t, count) }) : t('delete.unused')}
        {hasChildren && t('delete.subTagsUp')} {t('undoes', { keys: undoKeys })}
      </p>
      <div className="row">
        <button type="button" className="small danger" disabled={action.busy} onClick={() => void remove()}>
          {t('delete.confirm')}
        </button>
        {/* Cancel takes the focus, so a held-down Enter cannot confirm straight away. */}
        <button type="button" className="small quiet" autoFocus onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
      <ActionError error={action.error} />
    </div>
  )
}
