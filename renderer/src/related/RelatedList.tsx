// The related passages as a list the keyboard walks (related-keys.ts): the cursor row is marked
// and scrolled into view; Enter opens it here, Shift+Enter beside. A new answer starts with no cursor.
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RelatedPassage } from '../../../common/model/related'
import type { ReaderTarget } from '../panes/pane-openers'
import type { ThemeLabels } from './reason-label'
import { relatedKeyAction } from './related-keys'
import { RelatedItem } from './RelatedItem'

interface Props {
  passages: RelatedPassage[]
  labels: ThemeLabels
  /** Null while there is no reader to open in: the list shows no open buttons. */
  openers: { here: (target: ReaderTarget) => void; beside: (target: ReaderTarget) => void } | null
}

export function RelatedList({ passages, labels, openers }: Props) {
  const { t } = useTranslation('related')
  // The cursor belongs to one answer: a new list starts with none.
  const [marked, setMarked] = useState<{ of: RelatedPassage[]; at: number }>({ of: passages, at: -1 })
  const cursor = marked.of === passages ? marked.at : -1
  const setCursor = (at: number) => setMarked({ of: passages, at })
  // Two panes each have a sidebar: the option ids must differ between them.
  const prefix = useId()
  const optionId = (index: number) => `${prefix}related-${index}`
  useEffect(() => {
    if (cursor >= 0) document.getElementById(`${prefix}related-${cursor}`)?.scrollIntoView({ block: 'nearest' })
  }, [cursor, prefix])

  const targetOf = ({ articleId, range }: RelatedPassage): ReaderTarget =>
    range ? { articleId, range } : { articleId }
  const open = (passage: RelatedPassage | undefined, beside: boolean) => {
    if (passage && openers) (beside ? openers.beside : openers.here)(targetOf(passage))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const action = relatedKeyAction(event, cursor, passages.length)
    if (!action) return
    event.preventDefault()
    if (action.kind === 'move') setCursor(action.to)
    else open(passages[cursor], action.beside)
  }

  return (
    <ol
      className="related-list"
      role="listbox"
      aria-label={t('listLabel')}
      aria-description={t('listDescription')}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => cursor < 0 && passages.length > 0 && setCursor(0)}
      aria-activedescendant={cursor >= 0 ? optionId(cursor) : undefined}
    >
      {passages.map((passage, index) => (
        <li
          key={`${passage.articleId}:${passage.range?.start ?? 'top'}`}
          id={optionId(index)}
          role="option"
          aria-selected={index === cursor}
          className={index === cursor ? 'related-option cursor' : 'related-option'}
          onClick={() => setCursor(index)}
        >
          <RelatedItem
            passage={passage}
            labels={labels}
            onOpen={openers ? () => open(passage, false) : undefined}
            onOpenBeside={openers ? () => open(passage, true) : undefined}
          />
        </li>
      ))}
    </ol>
  )
}
