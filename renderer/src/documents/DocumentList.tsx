import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentEntry } from '../../../common/model/documents'
import { DocumentRow } from './DocumentRow'
import type { TimeAxis } from './month-strip'

interface Props {
  entries: DocumentEntry[]
  /** Where the unresolved Thai references start (they have their own heading). */
  unresolvedFrom: number
  cursor: number
  axis: TimeAxis
  scale: number
  listRef: RefObject<HTMLDivElement | null>
  onCursor: (index: number) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
}

const optionId = (index: number) => `document-${index}`

/** Every cited document as one virtualised listbox that keeps the focus and points at the cursor. */
export function DocumentList({ entries, unresolvedFrom, cursor, axis, scale, listRef, ...on }: Props) {
  const { t } = useTranslation('documents')
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 92,
    overscan: 8,
    // Sizes follow the document, not its place: a verdict or a new order moves rows.
    getItemKey: (index) => entries[index]?.id ?? index
  })
  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])
  return (
    <div
      ref={listRef}
      className="document-list"
      role="listbox"
      aria-label={t('listLabel')}
      aria-describedby="documents-keys"
      tabIndex={0}
      aria-activedescendant={cursor >= 0 && cursor < entries.length ? optionId(cursor) : undefined}
      onKeyDown={on.onKeyDown}
      onFocus={() => cursor < 0 && entries.length > 0 && on.onCursor(0)}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index] as DocumentEntry
          return (
            <div
              key={entry.id}
              id={optionId(item.index)}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="option"
              aria-selected={item.index === cursor}
              className={item.index === cursor ? 'document-row cursor' : 'document-row'}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => {
                listRef.current?.focus({ preventScroll: true })
                on.onCursor(item.index)
              }}
            >
              {item.index === unresolvedFrom && <h3 className="document-group">{t('unresolvedHeading')}</h3>}
              <DocumentRow entry={entry} axis={axis} scale={scale} />
            </div>
          )
        })}
      </div>
    </div>
  )
}
