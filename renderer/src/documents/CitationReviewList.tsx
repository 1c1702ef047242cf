import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CitationReviewRow, DocumentEntry, ReviewFilter } from '../../../common/model/documents'
import { passageKeyAction } from '../passages/passage-keys'
import { ReviewBar } from './ReviewBar'
import { ReviewRowBody } from './ReviewRowBody'
import type { CitationDecisionRequest } from './use-citation-verdicts'
import { useCitationReview } from './use-documents'

interface Props {
  /** The documents the list can be narrowed to. */
  documents: DocumentEntry[]
  busy: boolean
  canOpen: boolean
  onOpen: (articleId: string, range: { start: number; end: number } | undefined) => void
  onDecide: (requests: CitationDecisionRequest[]) => void
}

const rowKey = (row: CitationReviewRow) => `${row.article.id} ${row.citation}`

/** The review list: every citation resolved with doubt across the library (or those decided),
 * checked by row (Space) and confirmed or rejected many at once, as one undo step. */
export function CitationReviewList({ documents, busy, canOpen, onOpen, onDecide }: Props) {
  const { t } = useTranslation('documents')
  const [filter, setFilter] = useState<ReviewFilter>('undecided')
  const [document, setDocument] = useState<string | null>(null)
  const review = useCitationReview(filter, document)
  const rows = useMemo(() => review.data?.rows ?? [], [review.data])
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const [cursor, setCursor] = useState(-1)
  const list = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => list.current,
    estimateSize: () => 130,
    overscan: 6,
    getItemKey: (index) => (rows[index] ? rowKey(rows[index]) : index)
  })
  const chosen = rows.filter((row) => checked.has(rowKey(row)))
  const toggle = (row: CitationReviewRow) =>
    setChecked((old) => {
      const next = new Set(old)
      if (!next.delete(rowKey(row))) next.add(rowKey(row))
      return next
    })
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows[cursor]
    if (event.key === ' ' && row) {
      event.preventDefault()
      return toggle(row)
    }
    const action = passageKeyAction(event, cursor, rows.length)
    if (!action) return
    event.preventDefault()
    if (action.kind === 'move') setCursor(action.to)
    else if (row && canOpen) onOpen(row.article.id, row.sentences[0])
  }

  return (
    <div className="citation-review">
      <ReviewBar
        filter={filter}
        document={document}
        documents={documents}
        onDocument={(next) => (setDocument(next), setChecked(new Set()), setCursor(-1))}
        total={review.data?.total ?? null}
        checked={chosen.length}
        busy={busy}
        onFilter={(next) => (setFilter(next), setChecked(new Set()), setCursor(-1))}
        onCheckAll={() => setChecked(new Set(rows.map(rowKey)))}
        onDecide={(verdict) => {
          onDecide(chosen.map((row) => ({ articleId: row.article.id, citation: row.citation, verdict })))
          setChecked(new Set())
        }}
      />
      {rows.length === 0 && review.data && (
        <p className="empty documents-empty">{filter === 'undecided' ? t('reviewNothing') : t('reviewNoVerdict')}</p>
      )}
      <div
        ref={list}
        className="review-rows"
        role="listbox"
        aria-multiselectable="true"
        aria-label={t('reviewListLabel')}
        aria-describedby="documents-keys"
        tabIndex={0}
        aria-activedescendant={cursor >= 0 && cursor < rows.length ? `review-${cursor}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => cursor < 0 && rows.length > 0 && setCursor(0)}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index] as CitationReviewRow
            return (
              <div
                key={item.key}
                id={`review-${item.index}`}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="option"
                aria-selected={checked.has(rowKey(row))}
                className={item.index === cursor ? 'review-row cursor' : 'review-row'}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => setCursor(item.index)}
              >
                <input
                  type="checkbox"
                  aria-label={t('checkRow', { citation: row.citation, title: row.article.title })}
                  checked={checked.has(rowKey(row))}
                  onChange={() => toggle(row)}
                />
                <ReviewRowBody
                  row={row}
                  known={review.data?.known ?? []}
                  canOpen={canOpen}
                  onOpen={(range) => onOpen(row.article.id, range)}
                />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
