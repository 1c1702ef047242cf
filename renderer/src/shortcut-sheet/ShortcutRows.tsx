// One group of the shortcut sheet: its title, where its keys act, and a row per action with its
// keys, each in a <kbd> as the user types it (a combo's keys nested in one <kbd>, as HTML advises).
import { useTranslation } from 'react-i18next'
import type { KeyChord } from './format-keys'
import type { SheetGroup } from './sheet-groups'

export function ShortcutRows({ group }: { group: SheetGroup }) {
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
              <td className="shortcut-keys">
                {row.chords.map((chord, at) => (
                  <span key={chord.text}>
                    {at > 0 && <span className="shortcut-or">{t('or')}</span>}
                    <Chord chord={chord} />
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
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
