import { useState, type FormEvent } from 'react'
import type { Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { optionLabel, parentChoices } from './tag-tree'
import { useApiAction } from '../data/use-api-action'
import { ActionError } from './ActionError'

/** A new tag: type its name and press Enter; optionally under an existing tag. */
export function CreateTagForm({ tags }: { tags: Tag[] }) {
  const [name, setName] = useState('')
  const [parentId, setParentId] = useState('')
  const action = useApiAction()
  const parents = parentChoices(tags, null)
  // The chosen parent may have been deleted or merged away since it was chosen.
  const parent = tags.some((tag) => tag.id === parentId) ? parentId : ''

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return action.setError('A tag needs a name.')
    const typed = name
    const created = await action.run(() => api.createTag({ name: typed.trim(), parentId: parent || null }))
    // The answer waits for the disk: keep a name typed meanwhile for the next tag.
    if (created) setName((current) => (current === typed ? '' : current))
  }

  return (
    <form className="codebook-create" aria-label="New tag" onSubmit={(event) => void submit(event)}>
      <input
        aria-label="New tag name"
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
        placeholder="New tag; Enter adds it"
        maxLength={200}
      />
      <div className="row">
        <select
          aria-label="Parent of the new tag"
          value={parent}
          onChange={(event) => setParentId(event.target.value)}
          disabled={tags.length === 0}
        >
          <option value="">At top level</option>
          {parents.map((entry) => (
            <option key={entry.tag.id} value={entry.tag.id}>
              {optionLabel(entry)}
            </option>
          ))}
        </select>
        <button type="submit" className="small primary" disabled={action.busy}>
          Add tag
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  )
}
