import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { ArticleGroupHeader } from './ArticleGroupHeader'
import { PassageItem } from './PassageItem'
import { opensGroup, pagesFor, passageAt } from './passage-rows'
import type { PassagePages } from './use-passage-pages'

interface Props {
  data: PassagePages
  count: number
  tags: ReadonlyMap<string, Tag>
  cursor: number
  openedId: string | null
  listRef: RefObject<HTMLDivElement | null>
  label: string
  describedBy: string
  onCursor: (index: number) => void
  /** `beside`: in the other reader pane (Ctrl+click). */
  onOpen: (index: number, beside: boolean) => void
  /** The pages the rows on screen are in (the list asks for them as it scrolls). */
  onPages: (pages: number[]) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void
}

const optionId = (index: number) => `passage-${index}`

/**
 * Every matching passage as one virtualised listbox, grouped by article: a passage that opens its
 * article's group carries the article's header, and the group scrolled into keeps its header
 * pinned at the top. The list keeps the focus and points at the cursor (aria-activedescendant).
 */
export function PassageList({ data, count, tags, cursor, openedId, listRef, label, describedBy, ...on }: Props) {
  const { t } = useTranslation('passages')
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => listRef.current,
    estimateSize: () => 96,
    overscan: 6
  })
  const items = virtualizer.getVirtualItems()
  const from = items[0]?.index ?? 0
  const to = items[items.length - 1]?.index ?? 0
  const { onPages } = on
  useEffect(() => onPages(pagesFor(from, to)), [from, to, onPages])
  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])

  // The group the top of the list is in, pinned unless its own header is in view.
  const offset = virtualizer.scrollOffset ?? 0
  const top = items.find((item) => item.end > offset)
  const topPassage = top && passageAt(data.pages, top.index)
  const pinned = top && topPassage && !(opensGroup(data.pages, top.index) && top.start >= offset - 1)

  return (
    <div className="passage-scroller">
      {pinned && (
        <div className="passage-sticky" aria-hidden="true">
          <ArticleGroupHeader header={data.header(topPassage.articleId)} />
        </div>
      )}
      <div
        ref={listRef}
        className="passage-list"
        role="listbox"
        aria-label={label}
        aria-describedby={describedBy}
        tabIndex={0}
        aria-activedescendant={cursor >= 0 && cursor < count ? optionId(cursor) : undefined}
        onKeyDown={on.onKeyDown}
        onFocus={() => cursor < 0 && count > 0 && on.onCursor(0)}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const passage = passageAt(data.pages, item.index)
            const classes = ['passage-row', item.index === cursor && 'cursor', passage?.id === openedId && 'open']
            return (
              <div
                key={item.key}
                id={optionId(item.index)}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="option"
                aria-selected={item.index === cursor}
                aria-setsize={count}
                aria-posinset={item.index + 1}
                className={classes.filter(Boolean).join(' ')}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={(event) => {
                  listRef.current?.focus({ preventScroll: true })
                  on.onCursor(item.index)
                  on.onOpen(item.index, event.ctrlKey || event.metaKey)
                }}
              >
                {!passage ? (
                  <div className="passage-body loading">{t('loading')}</div>
                ) : (
                  <>
                    {opensGroup(data.pages, item.index) && (
                      <ArticleGroupHeader header={data.header(passage.articleId)} />
                    )}
                    <PassageItem passage={passage} tags={tags} />
                  </>
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
