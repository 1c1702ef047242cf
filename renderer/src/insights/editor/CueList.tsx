import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CueView, ThemeView } from '../../../../common/model/ontology-view'
import { plainLabel } from '../../bidi/bidi-controls'
import { SafeText } from '../../bidi/SafeText'
import { formatWeight, weightMeaning } from './cue-form'
import type { OntologyEditing } from './use-ontology'

interface Props {
  theme: ThemeView
  editing: OntologyEditing
}

/**
 * The theme's cues, one tab stop: arrows move between them, Delete (or Backspace) removes the
 * focused one and the focus stays at its place in the list; the × does the same by pointer.
 */
export function CueList({ theme, editing }: Props) {
  const { t } = useTranslation('insights')
  const [cursor, setCursor] = useState(0)
  const rows = useRef<Array<HTMLLIElement | null>>([])
  // The user's own first: what they changed is in sight, however many cues the theme ships with.
  const cues = useMemo(
    () => [...theme.cues.filter((cue) => cue.yours), ...theme.cues.filter((cue) => !cue.yours)],
    [theme.cues]
  )
  const at = Math.min(cursor, cues.length - 1)
  const focus = (index: number) => {
    setCursor(index)
    rows.current[index]?.focus()
  }

  const remove = async (cue: CueView, index: number) => {
    if (editing.busy) return
    const done = await editing.run(
      { action: 'remove-cue', theme: theme.id, text: cue.text },
      t('cueRemoved', { cue: cue.text })
    )
    if (done) requestAnimationFrame(() => focus(Math.min(index, cues.length - 2)))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, cue: CueView, index: number) => {
    if (event.key === 'Delete' || event.key === 'Backspace') void remove(cue, index)
    else if (event.key === 'ArrowDown') focus(Math.min(index + 1, cues.length - 1))
    else if (event.key === 'ArrowUp') focus(Math.max(index - 1, 0))
    else if (event.key === 'Home') focus(0)
    else if (event.key === 'End') focus(cues.length - 1)
    else return
    event.preventDefault()
  }

  if (cues.length === 0) return <p className="empty">{t('noCueYet')}</p>
  return (
    <ul className="cue-list" aria-label={t('cuesOf', { theme: plainLabel(theme.label.en) })}>
      {cues.map((cue, index) => (
        <li
          key={cue.text}
          ref={(row) => void (rows.current[index] = row)}
          className={`cue-row${cue.yours ? ' yours' : ''}`}
          tabIndex={index === at ? 0 : -1}
          aria-keyshortcuts="Delete"
          aria-label={t(cue.yours ? 'cueRowYours' : 'cueRow', {
            cue: plainLabel(cue.text),
            weight: formatWeight(cue.weight),
            language: t(`language.${cue.lang}`)
          })}
          onFocus={() => setCursor(index)}
          onKeyDown={(event) => onKeyDown(event, cue, index)}
        >
          <span className="cue-text-shown" lang={cue.lang}>
            <SafeText text={cue.text} />
          </span>
          <span className="cue-meta" title={weightMeaning(cue.weight, t)}>
            {formatWeight(cue.weight)} · {cue.lang}
            {cue.yours && <span className="cue-yours"> · {t('yours')}</span>}
          </span>
          <button
            type="button"
            className="cue-remove"
            tabIndex={-1}
            aria-label={t('removeCue', { cue: plainLabel(cue.text) })}
            title={t('removeCueTitle')}
            disabled={editing.busy}
            onClick={() => void remove(cue, index)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  )
}
