// One link in an article's sidebar: its kind (changeable), the passage here and the one it joins
// (with that article's title, outlet and date), its note (editable), delete, and a click that opens
// the other end beside. An orphaned end is kept and says so.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import { LINK_KINDS, type LinkKind, type LinkView } from '../../../common/model/link-types'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'
import { NoteEditor } from '../annotations/NoteEditor'
import { useApiAction } from '../data/use-api-action'
import { articleLabel } from './link-labels'

interface Props {
  link: LinkView
  selected: boolean
  onFollow: (link: LinkView) => void
}

export function LinkCard({ link, selected, onFollow }: Props) {
  const { t } = useTranslation('links')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const action = useApiAction()
  const [editing, setEditing] = useState(false)
  const same = link.there.articleId === link.here.articleId
  const saveNote = async (note: string) => {
    if ((await action.run(() => api.updateLink({ id: link.id, note }))) !== null) setEditing(false)
  }
  return (
    <div className={`link-card${selected ? ' selected' : ''}`} data-link-id={link.id}>
      <div className="row">
        <select
          aria-label={t('card.kind')}
          value={link.kind}
          onChange={(event) =>
            void action.run(() => api.updateLink({ id: link.id, kind: event.target.value as LinkKind }))
          }
        >
          {LINK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
        <End label={t('card.here')} quote={link.here.quote} orphan={link.here.anchor.status === 'orphan'} />
      </div>
      <button type="button" className="link-other" onClick={() => onFollow(link)} title={t('card.openBeside')}>
        <End
          label={same ? t('card.elsewhereHere') : t('card.there')}
          quote={link.there.quote}
          orphan={link.there.anchor.status === 'orphan'}
        />
        {!same && (
          <span className="link-article">
            <SafeText text={articleLabel(t, link.there)} />
          </span>
        )}
      </button>
      {link.note && !editing && (
        <p className="note" lang="th">
          <SafeText text={link.note} />
        </p>
      )}
      {editing && (
        <NoteEditor
          initial={link.note}
          rows={3}
          onSave={(note) => void saveNote(note)}
          onCancel={() => setEditing(false)}
        />
      )}
      {!editing && (
        <div className="row card-actions">
          <button type="button" className="small" onClick={() => setEditing(true)}>
            {link.note ? t('card.editNote') : t('card.note')}
          </button>
          <button
            type="button"
            className="small quiet"
            onClick={() => void action.run(() => api.deleteLink({ id: link.id }))}
            title={t('card.undoTitle', { keys: undoKeys })}
          >
            {t('card.delete')}
          </button>
        </div>
      )}
      {action.error && (
        <p className="error" role="alert">
          <SafeText text={action.error} />
        </p>
      )}
    </div>
  )
}

function End({ label, quote, orphan }: { label: string; quote: string; orphan: boolean }) {
  const { t } = useTranslation('links')
  return (
    <span className={`link-quote${orphan ? ' orphan' : ''}`}>
      <span className="link-end-label">
        {label}
        {orphan ? t('card.orphaned') : ''}:{' '}
      </span>
      <SafeText text={quote} />
    </span>
  )
}
