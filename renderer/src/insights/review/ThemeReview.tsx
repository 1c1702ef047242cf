// The review of one theme across the corpus, shown in the library's place: every article the index
// finds cues of the theme in, strongest first, with the user's verdict, to confirm or reject many
// at once (one undo step), while the reader beside it shows the article under review.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusReturn } from '../../keys/use-focus-return'
import type { ThemeVerdict } from '../../../../common/model/theme-decision'
import { plainLabel } from '../../bidi/bidi-controls'
import { SafeText } from '../../bidi/SafeText'
import { ReviewControls } from './ReviewControls'
import { ReviewHeader } from './ReviewHeader'
import { ReviewList } from './ReviewList'
import { ReviewNotes } from './ReviewNotes'
import { reviewKeyAction } from './review-keys'
import type { ReviewRow } from './review-rows'
import { allShownSelected, chosenRows } from './review-selection'
import { useBulkDecide } from './use-bulk-decide'
import { useReviewState } from './use-review-state'
import { useThemeReview } from './use-theme-review'
import '../insights.css'
import './theme-review.css'

const KEYS_HINT = 'theme-review-keys'

interface Props {
  themeId: string
  openId: string | null
  onOpen: (articleId: string) => void
  onClose: () => void
}

export function ThemeReview({ themeId, openId, onOpen, onClose }: Props) {
  const { t } = useTranslation('insights')
  const data = useThemeReview(themeId)
  const bulk = useBulkDecide(themeId)
  const state = useReviewState(data.rows)
  const section = useRef<HTMLElement>(null)
  const grid = useRef<HTMLDivElement>(null)
  const name = data.label?.th ?? themeId
  const open = (id: string) => id !== openId && onOpen(id)
  const decide = async (verdict: ThemeVerdict | null, rows: ReviewRow[]) => {
    if (await bulk.decide(rows, verdict)) state.clearSelection()
  }

  // The keyboard starts in the review, and goes back to what opened it when it closes.
  useFocusReturn(section)
  const hasRows = state.shown.length > 0
  const listFocused = useRef(false)
  useEffect(() => {
    if (!hasRows || listFocused.current) return
    listFocused.current = true
    if (section.current?.contains(document.activeElement)) grid.current?.focus()
  }, [hasRows])

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = reviewKeyAction(event, state.cursor, state.shown.length)
    if (!action) return
    event.preventDefault()
    const row = state.shown[state.cursor]
    if (action.kind === 'move') state.moveTo(action.to, action.extend)
    else if (action.kind === 'toggle' && row) state.toggle(row.id)
    else if (action.kind === 'open' && row) open(row.id)
    else if (action.kind === 'select-all') state.toggleAllShown()
    else if (action.kind === 'decide') void decide(action.verdict, state.chosen())
  }

  return (
    <section
      ref={section}
      className="theme-review"
      aria-label={t('reviewTitle')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onClose()
      }}
    >
      <ReviewHeader themeId={themeId} label={data.label} carriers={data.carriers} onClose={onClose} />
      <ReviewControls
        filter={state.filter}
        counts={state.counts}
        shown={state.shown.length}
        selected={chosenRows(state.selected, state.shown).length}
        allSelected={allShownSelected(state.selected, state.shown)}
        busy={bulk.busy}
        onFilter={state.setFilter}
        onToggleAll={state.toggleAllShown}
        // The button pressed is disabled once nothing is selected: the keyboard goes back to the list.
        onDecide={(verdict) =>
          void decide(verdict, chosenRows(state.selected, state.shown)).then(() =>
            (grid.current ?? section.current)?.focus()
          )
        }
      />
      <p className="review-status" role="status">
        {bulk.error ? <SafeText className="error-text" text={bulk.error} /> : bulk.message}
      </p>
      <ReviewNotes
        rows={data.rows?.length ?? null}
        shown={state.shown.length}
        filter={state.filter}
        index={data.index}
        error={data.error}
      />
      {hasRows && (
        <ReviewList
          rows={state.shown}
          label={t('reviewListLabel', { theme: plainLabel(name) })}
          cursor={state.cursor}
          selected={state.selected}
          openId={openId}
          gridRef={grid}
          onCursor={state.moveTo}
          onToggle={state.toggle}
          onOpen={open}
          onKeyDown={onListKey}
          describedBy={KEYS_HINT}
        />
      )}
      <p className="review-keys" id={KEYS_HINT}>
        {t('reviewKeys')}
      </p>
    </section>
  )
}
