import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../common/model/highlight-colors'
import { NoteEditor } from '../annotations/NoteEditor'
import { TagPicker } from '../annotations/TagPicker'
import type { TextSelectionInfo } from './ArticleView'
import { domainWordProblem } from '../../../common/text/word-list'
import { keepAsOneWord } from '../api/install-domain-words'
import { SELECTION_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import { usePaneSession } from '../session/session-context'
import { LinkButton } from '../links/LinkButton'
import { LinkForm } from '../links/LinkForm'

interface Props {
  selection: TextSelectionInfo
  tags: Tag[]
  lastColor: HighlightColor
  /** When set, the toolbar offers to pin this orphan to the selection instead. */
  reattaching: string | null
  onCreate: (input: { color: HighlightColor; tags: string[]; newTags: string[]; note: string }) => void
  onReattach: () => void
  onClose: () => void
}

/**
 * What a selection offers: highlight in a colour, tag, note, link to another passage, and for one
 * Thai word that the segmenter cuts apart, keeping it whole from now on. Keys while text is selected:
 * H highlights in the last colour, 1–6 pick a colour, T tags, N writes a note, L links (or links
 * here), K keeps as one word, Esc closes.
 */
export function SelectionToolbar({ selection, tags, lastColor, reattaching, onCreate, onReattach, onClose }: Props) {
  const { t } = useTranslation('reader')
  const { t: colorName } = useTranslation('annotations', { keyPrefix: 'colors' })
  const [mode, setMode] = useState<'buttons' | 'tag' | 'note' | 'link'>('buttons')
  const first = useRef<HTMLButtonElement>(null)
  // 2–40 characters, one line, no space, Thai: what main accepts (contract.ts).
  const word = domainWordProblem(selection.quote) === null ? selection.quote : null
  const [kept, setKept] = useState<{ ok: boolean; message: string; quote: string } | null>(null)
  const keep = useCallback(() => {
    if (!word) return
    setKept({ ok: true, message: t('toolbar.keeping'), quote: word })
    void keepAsOneWord(word).then((answer) => setKept({ ...answer, quote: word }))
  }, [word, t])
  const told = kept?.quote === selection.quote ? kept : null // said of this selection, not an earlier one

  // Only while the buttons show: in the tag picker or the note editor, keys are the user's text.
  const { id: scope } = usePaneSession()
  const onButtons = (act: () => boolean | void) => () => (mode === 'buttons' ? act() : false)
  const highlight = (color: HighlightColor) => onCreate({ color, tags: [], newTags: [], note: '' })
  useShortcut(scope, SELECTION_SHORTCUTS.close, onButtons(onClose))
  useShortcut(
    scope,
    SELECTION_SHORTCUTS.attach,
    onButtons(() => (reattaching ? onReattach() : false))
  )
  useShortcut(
    scope,
    SELECTION_SHORTCUTS.highlight,
    onButtons(() => highlight(lastColor))
  )
  useShortcut(scope, SELECTION_SHORTCUTS.color, (input) => {
    const color = HIGHLIGHT_COLORS[Number(input.key) - 1]
    return mode === 'buttons' && color ? highlight(color) : false
  })
  useShortcut(
    scope,
    SELECTION_SHORTCUTS.tag,
    onButtons(() => setMode('tag'))
  )
  useShortcut(
    scope,
    SELECTION_SHORTCUTS.note,
    onButtons(() => setMode('note'))
  )
  useShortcut(
    scope,
    SELECTION_SHORTCUTS.keepWord,
    onButtons(() => (word && !reattaching ? keep() : false))
  )
  // Tab from the text (or anywhere outside the toolbar) lands on its first button.
  useShortcut(scope, SELECTION_SHORTCUTS.toToolbar, () => {
    const focused = document.activeElement
    if (mode !== 'buttons' || focused === first.current || first.current?.parentElement?.contains(focused)) return false
    first.current?.focus()
  })

  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      style={{ top: selection.top + 8, left: Math.max(8, selection.left - 120) }}
    >
      {reattaching && (
        <button ref={first} type="button" className="small primary" onClick={onReattach} title="Enter">
          {t('toolbar.attachHere')}
        </button>
      )}
      {!reattaching && mode === 'buttons' && (
        <>
          {HIGHLIGHT_COLORS.map((color, index) => (
            <button
              key={color}
              ref={index === 0 ? first : undefined}
              type="button"
              className={`swatch swatch-${color}${color === lastColor ? ' last' : ''}`}
              aria-label={t('toolbar.swatchLabel', { color: colorName(color).toLowerCase(), key: index + 1 })}
              title={t('toolbar.swatchTitle', { color: colorName(color), key: index + 1 })}
              onClick={() => onCreate({ color, tags: [], newTags: [], note: '' })}
            />
          ))}
          <button type="button" className="small" onClick={() => setMode('tag')} title="T">
            {t('toolbar.tag')}
          </button>
          <button type="button" className="small" onClick={() => setMode('note')} title="N">
            {t('toolbar.note')}
          </button>
          <LinkButton
            selection={selection}
            enabled={mode === 'buttons' && !reattaching}
            onLinkHere={() => setMode('link')}
            onStarted={onClose}
          />
          {word && (
            <button type="button" className="small" onClick={keep} title={t('toolbar.keepWordTitle')}>
              {t('toolbar.keepWord')}
            </button>
          )}
          {told && (
            <span className={told.ok ? 'field-note' : 'error'} role="status" style={{ flexBasis: '100%' }}>
              {told.message}
            </span>
          )}
        </>
      )}
      {!reattaching && mode === 'tag' && (
        <TagPicker
          tags={tags}
          chosen={[]}
          autoFocus
          onDone={(chosen, created) => onCreate({ color: lastColor, tags: chosen, newTags: created, note: '' })}
          onCancel={() => setMode('buttons')}
        />
      )}
      {!reattaching && mode === 'link' && (
        <LinkForm selection={selection} onDone={onClose} onCancel={() => setMode('buttons')} />
      )}
      {!reattaching && mode === 'note' && (
        <NoteEditor
          initial=""
          rows={3}
          onSave={(note) => onCreate({ color: lastColor, tags: [], newTags: [], note })}
          onCancel={() => setMode('buttons')}
        />
      )}
    </div>
  )
}
