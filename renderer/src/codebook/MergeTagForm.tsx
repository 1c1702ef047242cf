import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
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
  const [into, setInto] = useState('')
  const action = useApiAction()
  const choices = mergeChoices(tags, tag.id)
  const id = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (action.busy) return
    if (!choices.some((entry) => entry.tag.id === into)) return action.setError('Choose the tag to merge it into.')
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
      aria-label={`Merge tag ${tag.name}`}
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
    >
      {choices.length === 0 ? (
        <p className="muted">
          There is no other tag to merge “<SafeText text={tag.name} />” into.
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-into`}>
            Merge “<SafeText text={tag.name} />” into
          </label>
          <select id={`${id}-into`} autoFocus value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">Choose a tag…</option>
            {choices.map((entry) => (
              <option key={entry.tag.id} value={entry.tag.id}>
                {optionLabel(entry)}
              </option>
            ))}
          </select>
          <p className="muted">
            {moving(count, hasChildren)} “<SafeText text={tag.name} />” is then removed. Ctrl+Z undoes it.
          </p>
        </>
      )}
      <div className="row">
        {choices.length > 0 && (
          <button type="submit" className="small primary" disabled={action.busy}>
            Merge
          </button>
        )}
        <button type="button" className="small quiet" onClick={onClose} autoFocus={choices.length === 0}>
          Cancel
        </button>
      </div>
      <ActionError error={action.error} />
    </form>
  )
}

function moving(count: number, hasChildren: boolean): string {
  if (count > 0 && hasChildren) return `Its ${annotationCount(count)} and its sub-tags move to the chosen tag.`
  if (count > 0) return `Its ${annotationCount(count)} ${count === 1 ? 'moves' : 'move'} to the chosen tag.`
  return hasChildren ? 'Its sub-tags move to the chosen tag.' : 'No annotation uses it.'
}
