import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { optionLabel, parentChoices } from './tag-tree'
import { useApiAction } from '../data/use-api-action'
import { ActionError } from './ActionError'

interface Props {
  tag: Tag
  tags: Tag[]
  onClose: () => void
}

// <input type="color"> only takes lowercase #rrggbb; anything else would silently show black.
const pickable = (color: string) => (/^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : '#2f5d62')

/** Rename, recolour, describe and nest a tag. Enter saves (Ctrl+Enter in the description), Escape cancels. */
export function TagEditForm({ tag, tags, onClose }: Props) {
  const { t } = useTranslation('codebook')
  const currentParent = tag.parentId !== null && tags.some((other) => other.id === tag.parentId) ? tag.parentId : ''
  const [name, setName] = useState(tag.name)
  const [color, setColor] = useState(pickable(tag.color))
  const [description, setDescription] = useState(tag.description)
  const [parentId, setParentId] = useState(currentParent)
  const action = useApiAction()
  const id = useId()

  const save = async () => {
    const trimmed = name.trim()
    if (trimmed === '') return action.setError(t('needsName'))
    const changes = {
      ...(trimmed !== tag.name ? { name: trimmed } : {}),
      ...(color !== pickable(tag.color) ? { color } : {}),
      ...(description !== tag.description ? { description } : {}),
      ...(parentId !== currentParent ? { parentId: parentId || null } : {})
    }
    if (Object.keys(changes).length === 0) return onClose()
    if (await action.run(() => api.updateTag({ id: tag.id, ...changes }))) onClose()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!action.busy) void save()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose()
    else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target instanceof HTMLTextAreaElement)
      void save()
    else return
    event.preventDefault()
  }

  return (
    <form
      className="codebook-form"
      aria-label={t('edit.label', { name: tag.name })}
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <label htmlFor={`${id}-name`}>{t('edit.name')}</label>
      <input
        id={`${id}-name`}
        autoFocus
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={200}
      />
      <div className="row">
        <label htmlFor={`${id}-color`}>{t('edit.colour')}</label>
        <input id={`${id}-color`} type="color" value={color} onChange={(event) => setColor(event.target.value)} />
        <label htmlFor={`${id}-parent`}>{t('edit.under')}</label>
        <select id={`${id}-parent`} value={parentId} onChange={(event) => setParentId(event.target.value)}>
          <option value="">{t('edit.topLevel')}</option>
          {parentChoices(tags, tag.id).map((entry) => (
            <option key={entry.tag.id} value={entry.tag.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-description`}>{t('edit.description')}</label>
      <textarea
        id={`${id}-description`}
        rows={3}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        placeholder={t('edit.descriptionPlaceholder')}
        maxLength={10_000}
      />
      <div className="row">
        <button type="submit" className="small primary" disabled={action.busy}>
          {t('edit.save')}
        </button>
        <button type="button" className="small quiet" onClick={onClose}>
          {t('cancel')}
        </button>
        <span className="codebook-hint">{t('edit.hint')}</span>
      </div>
      <ActionError error={action.error} />
    </form>
  )
}
