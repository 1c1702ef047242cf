import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { optionLabel, parentChoices } from './tag-tree'
import { useApiAction } from '../data/use-api-action'
import { ActionError } from './ActionError'

/** A new tag: type its name and press Enter; optionally under an existing tag. */
export function CreateTagForm({ tags }: { tags: Tag[] }) {
  const { t } = useTranslation('codebook')
  const [name, setName] = useState('')
  const [parentId, setParentId] = useState('')
  const action = useApiAction()
  const parents = parentChoices(tags, null)
  // The chosen parent may have been deleted or merged away since it was chosen.
  const parent = tags.some((tag) => tag.id === parentId) ? parentId : ''

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return action.setError(t('needsName'))
    const typed = name
    const created = await action.run(() => api.createTag({ name: typed.trim(), parentId: parent || null }))
    // The answer waits for the disk: keep a name typed meanwhile for the next tag.
    if (created) setName((current) => (current === typed ? '' : current))
  }

  return (
    <form className="codebook-create" aria-label={t('create.label')} onSubmit={(event) => void submit(event)}>
      <input
        aria-label={t('create.name')}
        value={name}
        onChange={(event) => {
          setName(event.target.value)
          action.setError(null)
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || name === '') return
          event.preventDefault()
          setName('')
        }}
        placeholder={t('create.placeholder')}
        maxLength={200}
      />
      <div className="row">
        <select
          aria-label={t('create.parent')}
          value={parent}
          onChange={(event) => setParentId(event.target.value)}
          disabled={tags.length === 0}
        >
          <option value="">{t('create.topLevel')}</option>
          {parents.map((entry) => (
            <option key={entry.tag.id} value={entry.tag.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </select>
        <button type="submit" className="small primary" disabled={action.busy}>
          {t('create.add')}
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  )
}
