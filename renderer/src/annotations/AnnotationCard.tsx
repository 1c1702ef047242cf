import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import type { AnnotationView, Tag } from '../../../common/model/annotation-types'
import { api } from '../api/client'
import { NoteEditor } from './NoteEditor'
import { TagPicker } from './TagPicker'
import type { AnnotationsView } from './use-annotations'
import { SafeText } from '../bidi/SafeText'
import { ColorOptions } from './ColorOptions'
import { useDates } from '../dates/use-dates'

interface Props {
  annotation: AnnotationView
  tags: Tag[]
  active: boolean
  reattaching: boolean
  run: AnnotationsView['run']
  onActivate: (id: string) => void
  /** The annotation to pin to the next selection, or null to stop. */
  onReattach: (id: string | null) => void
}

/**
 * One annotation in the sidebar: quote, colour, tags, note, date; editable in place. Memoised, with
 * props that stay the same while the annotation does: a new highlight re-renders one card, not all.
 */
export const AnnotationCard = memo(function AnnotationCard({
  annotation,
  tags,
  active,
  reattaching,
  run,
  onActivate,
  onReattach
}: Props) {
  const { t } = useTranslation('annotations')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const dates = useDates()
  const [editing, setEditing] = useState<'none' | 'tags' | 'note'>('none')
  const orphan = annotation.anchor.status === 'orphan'
  const quote = annotation.target.quote.exact
  const tagOf = (id: string) => tags.find((tag) => tag.id === id)

  const saveNote = async (note: string) => {
    if ((await run(api.updateAnnotation({ id: annotation.id, note }))) !== null) setEditing('none')
  }

  return (
    <div
      className={`annotation-card card-${annotation.color}${active ? ' active' : ''}${orphan ? ' orphan' : ''}`}
      data-annotation={annotation.id}
    >
      <button
        type="button"
        className="quote"
        lang="th"
        onClick={() => onActivate(annotation.id)}
        // The colour by name on hover, not by the card's stripe alone.
        title={orphan ? t('card.orphanTitle') : t('card.showTitle', { color: t(`colors.${annotation.color}`) })}
      >
        <SafeText text={quote.length > 220 ? `${quote.slice(0, 220)}…` : quote} />
      </button>
      {annotation.anchor.status === 'fuzzy' && <p className="field-note">{t('card.fuzzy')}</p>}
      <div className="tags">
        {annotation.tags.map((id) => (
          <span key={id} className="tag" style={{ borderColor: tagOf(id)?.color }}>
            <SafeText text={tagOf(id)?.name ?? t('card.deletedTag')} />
          </span>
        ))}
      </div>
      {annotation.note && editing !== 'note' && (
        <p className="note" lang="th">
          <SafeText text={annotation.note} />
        </p>
      )}
      {editing === 'note' && (
        <NoteEditor
          initial={annotation.note}
          rows={4}
          onSave={(note) => void saveNote(note)}
          onCancel={() => setEditing('none')}
        />
      )}
      {editing === 'tags' && (
        <TagPicker
          tags={tags}
          chosen={annotation.tags}
          autoFocus
          onCancel={() => setEditing('none')}
          onDone={(chosen, created) =>
            void run(api.updateAnnotation({ id: annotation.id, tags: chosen, newTags: created })).then(
              (done) => done && setEditing('none')
            )
          }
        />
      )}
      {active && editing === 'none' && (
        <div className="row card-actions">
          <select
            aria-label={t('card.colour')}
            value={annotation.color}
            onChange={(event) =>
              void run(
                api.updateAnnotation({ id: annotation.id, color: event.target.value as AnnotationView['color'] })
              )
            }
          >
            <ColorOptions />
          </select>
          <button type="button" className="small" onClick={() => setEditing('tags')}>
            {t('card.tags')}
          </button>
          <button type="button" className="small" onClick={() => setEditing('note')}>
            {t('card.note')}
          </button>
          {orphan && (
            <button
              type="button"
              className={`small${reattaching ? ' primary' : ''}`}
              onClick={() => onReattach(reattaching ? null : annotation.id)}
            >
              {reattaching ? t('card.selectNewPassage') : t('card.reattach')}
            </button>
          )}
          <button
            type="button"
            className="small quiet"
            onClick={() => void run(api.deleteAnnotation({ id: annotation.id }))}
            title={t('card.undoTitle', { keys: undoKeys })}
          >
            {t('card.delete')}
          </button>
        </div>
      )}
      <p className="date">{dates.moment(annotation.modified)}</p>
    </div>
  )
})
