import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, type KeyboardEvent, type RefObject } from 'react'
import { ReviewItem } from './ReviewItem'
import type { ReviewRow } from './review-rows'

interface Props {
  rows: readonly ReviewRow[]
  label: string
  cursor: number
  selected: ReadonlySet<string>
  openId: string | null
  gridRef: RefObject<HTMLDivElement | null>
  onCursor: (index: number) => void
  onToggle: (id: string) => void
  onOpen: (id: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
  /** The id of the text that lists the keys. */
  describedBy: string
}

const rowId = (articleId: string) => `review-row-${articleId}`

/**
 * A theme's articles as a grid whose rows are selected by their checkbox: virtualised, as a
 * theme may have thousands. The grid keeps the focus and points at the cursor's row
 * (aria-activedescendant), so rows that scroll out of the DOM never hold the focus.
 */
export function ReviewList({ rows, label, cursor, selected, openId, gridRef, describedBy, ...on }: Props) {
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => 74,
    overscan: 8,
    getItemKey: (index) => rows[index]?.id ?? index
  })
  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])
  const active = rows[cursor]

  return (
    <div
      ref={gridRef}
      className="review-list"
      role="grid"
      aria-label={label}
      aria-describedby={describedBy}
      aria-multiselectable="true"
      aria-rowcount={rows.length}
      aria-colcount={4}
      tabIndex={0}
      aria-activedescendant={active ? rowId(active.id) : undefined}
      onKeyDown={on.onKeyDown}
      // Arriving by Tab, the arrows start from the first row.
      onFocus={() => cursor < 0 && on.onCursor(0)}
    >
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          const checked = selected.has(row.id)
          const classes = [
            'review-row',
            checked && 'checked',
            item.index === cursor && 'cursor',
            row.id === openId && 'open'
          ]
          return (
            <div
              key={item.key}
              id={rowId(row.id)}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 1}
              aria-selected={checked}
              className={classes.filter(Boolean).join(' ')}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              onClick={() => {
                // Focus first: arriving focus puts the cursor on the first row, and this click moves it.
                gridRef.current?.focus({ preventScroll: true })
                on.onCursor(item.index)
              }}
            >
              <ReviewItem
                row={row}
                checked={checked}
                onToggle={() => on.onToggle(row.id)}
                onOpen={() => on.onOpen(row.id)}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
}
