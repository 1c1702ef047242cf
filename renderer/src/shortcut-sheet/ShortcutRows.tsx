// One group of the shortcut sheet: its title, where its keys act, and a row per action with its
// keys, each in a <kbd> as the user types it (a combo's keys nested in one <kbd>, as HTML advises),
// and for an app shortcut a "Change" (and "Reset" once changed) for keys of the user's own.
import { useTranslation } from 'react-i18next'
import type { KeyChord } from './format-keys'
import type { SheetGroup, SheetRow } from './sheet-groups'

/** What the rows' buttons do; the sheet owns the recording (use-key-recorder.ts). */
export interface RowEditing {
  recording: string | null
  change: (row: SheetRow) => void
  reset: (row: SheetRow) => void
}

export function ShortcutRows({ group, editing }: { group: SheetGroup; editing: RowEditing }) {
  const { t } = useTranslation('shortcuts')
  const titleId = `shortcut-group-${group.id}`
  return (
    <section className="shortcut-group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {group.title} <span className="shortcut-group-where">{group.where}</span>
      </h3>
      <table>
        <tbody>
          {group.rows.map((row) => (
            <tr key={row.ids.join(' ')} data-shortcut={row.ids.join(' ')}>
              <td className="shortcut-description">{row.description}</td>
              <td className={row.changed ? 'shortcut-keys changed' : 'shortcut-keys'}>
                {row.changeId !== null && row.changeId === editing.recording ? (
                  <span className="shortcut-recording">{t('edit.pressKeys')}</span>
                ) : (
                  row.chords.map((chord, at) => (
                    <span key={chord.text}>
                      {at > 0 && <span className="shortcut-or">{t('or')}</span>}
                      <Chord chord={chord} />
                    </span>
                  ))
                )}
                {row.changed && <span className="visually-hidden">{t('edit.yours')}</span>}
              </td>
              <td className="shortcut-actions">
                {row.changeId !== null && <RowButtons row={row} editing={editing} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function RowButtons({ row, editing }: { row: SheetRow; editing: RowEditing }) {
  const { t } = useTranslation('shortcuts')
  return (
    <>
      <button
        type="button"
        className="small quiet"
        aria-label={t('edit.changeLabel', { action: row.description })}
        aria-pressed={editing.recording === row.changeId}
        onClick={() => editing.change(row)}
      >
        {t('edit.change')}
      </button>
      {row.changed && (
        <button
          type="button"
          className="small quiet"
          aria-label={t('edit.resetLabel', { action: row.description })}
          onClick={() => editing.reset(row)}
        >
          {t('edit.reset')}
        </button>
      )}
    </>
  )
}

function Chord({ chord }: { chord: KeyChord }) {
  return (
    <kbd className="shortcut-chord">
      {chord.keys.map((key, at) => (
        <span key={key}>
          {at > 0 && chord.joiner}
          <kbd>{key}</kbd>
        </span>
      ))}
    </kbd>
  )
}
