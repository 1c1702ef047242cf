import { useMemo, useState, type KeyboardEvent } from 'react'
import type { Tag } from '../../../common/model/annotation-types'
import { SafeText } from '../bidi/SafeText'

interface Props {
  tags: Tag[]
  chosen: string[]
  autoFocus?: boolean
  /** Existing tag ids chosen, and names of new tags typed in place (created on save). */
  onDone: (chosen: string[], created: string[]) => void
  onCancel: () => void
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase()

/** Choose tags from the codebook, or type a new one: Enter adds, Ctrl+Enter (or Save) finishes. */
export function TagPicker({ tags, chosen: initial, autoFocus, onDone, onCancel }: Props) {
  const [chosen, setChosen] = useState(initial)
  const [created, setCreated] = useState<string[]>([])
  const [typed, setTyped] = useState('')
  const matches = useMemo(
    () => tags.filter((tag) => !chosen.includes(tag.id) && fold(tag.name).includes(fold(typed.trim()))).slice(0, 8),
    [tags, chosen, typed]
  )
  const exact = tags.find((tag) => fold(tag.name) === fold(typed.trim()))

  const add = () => {
    const name = typed.trim()
    if (name === '') return
    if (exact) setChosen((list) => (list.includes(exact.id) ? list : [...list, exact.id]))
    else if (!created.some((existing) => fold(existing) === fold(name))) setCreated((list) => [...list, name])
    setTyped('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
      onDone(chosen, typed.trim() ? [...created, typed.trim()] : created)
    else if (event.key === 'Enter') add()
    else if (event.key === 'Escape') onCancel()
    else return
    event.preventDefault()
  }

  const nameOf = (id: string) => tags.find((tag) => tag.id === id)?.name ?? id
  return (
    <div className="tag-picker">
      <div className="chips">
        {chosen.map((id) => (
          <button
            key={id}
            type="button"
            className="chip"
            onClick={() => setChosen((list) => list.filter((other) => other !== id))}
            aria-label={`Remove tag ${nameOf(id)}`}
          >
            <SafeText text={nameOf(id)} /> ×
          </button>
        ))}
        {created.map((name) => (
          <button
            key={name}
            type="button"
            className="chip new"
            onClick={() => setCreated((list) => list.filter((other) => other !== name))}
            aria-label={`Remove new tag ${name}`}
          >
            + <SafeText text={name} /> ×
          </button>
        ))}
      </div>
      <input
        autoFocus={autoFocus}
        aria-label="Tag name"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Type a tag; Enter adds it"
        list={undefined}
      />
      {typed.trim() !== '' && (
        <ul className="suggestions" role="listbox" aria-label="Matching tags">
          {matches.map((tag) => (
            <li key={tag.id} role="option" aria-selected={false}>
              <button type="button" onClick={() => (setChosen((list) => [...list, tag.id]), setTyped(''))}>
                <span className="dot" style={{ background: tag.color }} /> <SafeText text={tag.name} />
              </button>
            </li>
          ))}
          {!exact && (
            <li role="option" aria-selected={false}>
              <button type="button" onClick={add}>
                Create tag “<SafeText text={typed.trim()} />”
              </button>
            </li>
          )}
        </ul>
      )}
      <div className="row">
        <button
          type="button"
          className="small primary"
          onClick={() => onDone(chosen, typed.trim() ? [...created, typed.trim()] : created)}
        >
          Save tags
        </button>
        <button type="button" className="small quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
