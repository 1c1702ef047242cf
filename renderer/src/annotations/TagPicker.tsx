// Tags a highlight from the codebook, keyboard first: a combobox (WAI-ARIA pattern, list
// autocomplete) whose ↓/↑ move through the matching tags and whose Enter picks the highlighted
// one. A new tag is made only when "Create tag …" is the option picked, never from half-typed text.
import { useId, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { SafeText } from '../bidi/SafeText'
import { moveHighlight, suggestTags, type TagSuggestion } from './tag-suggestions'
import { optionId, TagSuggestionList } from './TagSuggestionList'

interface Props {
  tags: Tag[]
  chosen: string[]
  autoFocus?: boolean
  /** Existing tag ids chosen, and names of new tags asked for in place (created on save). */
  onDone: (chosen: string[], created: string[]) => void
  onCancel: () => void
}

/** Choose tags from the codebook, or create one: Enter picks, Ctrl+Enter (or Save) finishes. */
export function TagPicker({ tags, chosen: initial, autoFocus, onDone, onCancel }: Props) {
  const { t } = useTranslation('annotations', { keyPrefix: 'tagPicker' })
  const listId = useId()
  const [chosen, setChosen] = useState(initial)
  const [created, setCreated] = useState<string[]>([])
  const [typed, setTyped] = useState('')
  const [open, setOpen] = useState(false)
  const suggestions = useMemo(() => suggestTags(tags, typed, chosen, created), [tags, typed, chosen, created])
  const { options } = suggestions
  // A highlight moved by the user holds only for the options it was moved over.
  const [moved, setMoved] = useState<{ options: TagSuggestion[]; index: number } | null>(null)
  const highlighted = moved?.options === options ? moved.index : suggestions.highlighted
  const highlight = (index: number) => setMoved({ options, index })
  const shown = open && options.length > 0
  const current = shown && highlighted >= 0 ? options[highlighted] : null

  const pick = (option: TagSuggestion) => {
    if (option.kind === 'tag') setChosen((list) => (list.includes(option.tag.id) ? list : [...list, option.tag.id]))
    else setCreated((list) => [...list, option.name])
    setTyped('')
    setOpen(false)
  }

  // Saving keeps what the user sees highlighted for the text typed, as Enter would have picked it.
  const finish = () => {
    const pending = typed.trim() !== '' ? current : null
    if (pending?.kind === 'tag') onDone([...chosen, pending.tag.id], created)
    else if (pending?.kind === 'create') onDone(chosen, [...created, pending.name])
    else onDone(chosen, created)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Ctrl+Enter, and an Escape with the list already closed, are the picker's as they always were.
    const listKey = !(event.key === 'Escape' && !shown) && !(event.key === 'Enter' && (event.ctrlKey || event.metaKey))
    if (event.key === 'Enter' && !listKey) finish()
    else if (event.key === 'Escape' && !listKey) onCancel()
    else if (event.key === 'Escape') setOpen(false)
    else if (event.key === 'Enter') {
      if (current) pick(current)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown && !event.altKey) highlight(moveHighlight(options, highlighted, event.key === 'ArrowDown' ? 1 : -1))
      else setOpen(true)
    } else return
    event.preventDefault()
    // The list's own keys are not the reader's too (its Escape would close the whole toolbar).
    if (listKey) event.stopPropagation()
  }

  // The list closes when focus leaves the picker, not when it moves to the picker's own buttons.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  const nameOf = (id: string) => tags.find((tag) => tag.id === id)?.name ?? id
  return (
    <div className="tag-picker" onBlur={onBlur}>
      <div className="chips">
        {chosen.map((id) => (
          <button
            key={id}
            type="button"
            className="chip"
            onClick={() => setChosen((list) => list.filter((other) => other !== id))}
            aria-label={t('removeTag', { name: nameOf(id) })}
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
            aria-label={t('removeNewTag', { name })}
          >
            + <SafeText text={name} /> ×
          </button>
        ))}
      </div>
      <input
        autoFocus={autoFocus}
        role="combobox"
        aria-label={t('tagName')}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={current ? optionId(listId, highlighted) : undefined}
        autoComplete="off"
        value={typed}
        onChange={(event) => (setTyped(event.target.value), setOpen(event.target.value.trim() !== ''))}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        placeholder={t('placeholder')}
      />
      {shown && (
        <TagSuggestionList
          id={listId}
          options={options}
          highlighted={highlighted}
          onHighlight={highlight}
          onPick={pick}
        />
      )}
      <div className="row">
        <button type="button" className="small primary" onClick={finish}>
          {t('save')}
        </button>
        <button type="button" className="small quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  )
}
