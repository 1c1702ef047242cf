import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '../../../common/model/article-types'
import type { Snippet } from '../../../common/model/search-types'
import { ArticleRow } from './ArticleRow'
import { useRowEditing } from '../corrections/row-editing'

interface Props {
  articles: ArticleSummary[]
  openId: string | null
  onOpen: (id: string) => void
  /** Shift+Enter, or a Ctrl/⌘-click: the article opens in the other reader pane. */
  onOpenBeside?: (id: string) => void
  /** Given for search results: rows show snippets, arrows move a cursor and Enter opens. */
  snippets?: ReadonlyMap<string, Snippet>
  /** Lets the search box hand the keyboard to the list (ArrowDown). */
  listRef?: RefObject<HTMLDivElement | null>
}

/** The article list: virtualised (10,000 rows stay smooth), a listbox for the keyboard. */
export function ArticleList({ articles, openId, onOpen, onOpenBeside, snippets, listRef }: Props) {
  const { t } = useTranslation('library')
  const own = useRef<HTMLDivElement>(null)
  const scroller = listRef ?? own
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => (snippets ? 130 : 86),
    overscan: 8,
    getItemKey: (index) => articles[index]?.id ?? index
  })
  const openIndex = articles.findIndex((article) => article.id === openId)
  // Browsing, the open article is the cursor (arrows open as they go); in search results arrows
  // only move, as opening each result would run a find in the reader for every keypress. Results
  // start with no cursor, at the top: the best match first, whichever article is open.
  const [cursorId, setCursorId] = useState<string | null>(null)
  const cursorAt = snippets && cursorId ? articles.findIndex((article) => article.id === cursorId) : -1
  const cursor = snippets ? cursorAt : openIndex

  useEffect(() => {
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, virtualizer])
  // A new answer (another query, other filters) is read from its best match.
  const results = snippets !== undefined
  const firstId = results ? (articles[0]?.id ?? null) : null
  useEffect(() => {
    if (!results) return
    setCursorId(null)
    // Through the virtualiser, which would otherwise finish a scroll to the open row it began browsing.
    virtualizer.scrollToOffset(0)
  }, [firstId, articles.length, results, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && articles[cursor]) {
      event.preventDefault()
      return (event.shiftKey && onOpenBeside ? onOpenBeside : onOpen)(articles[cursor].id)
    }
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 }[event.key]
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? articles.length - 1 : null
    if (step === undefined && jump === null) return
    event.preventDefault()
    const next = articles[jump ?? Math.min(articles.length - 1, Math.max(0, cursor + (step ?? 0)))]
    if (next && snippets) setCursorId(next.id)
    else if (next) onOpen(next.id)
  }
  const cursorItem = articles[cursor]
  // Rows holding inputs ("Needs a look": main/corrections) are a list, not options: an option's content is not interactive.
  const editing = useRowEditing()

  return (
    <div
      ref={scroller}
      className={snippets ? 'article-list results' : 'article-list'}
      role={editing ? 'list' : 'listbox'}
      aria-label={snippets ? t('list.results') : t('list.articles')}
      tabIndex={0}
      onKeyDown={onKeyDown}
      // Arriving from the search box, the first result is where the arrows start.
      onFocus={() => snippets && cursor < 0 && articles[0] && setCursorId(articles[0].id)}
      aria-activedescendant={cursorItem && !editing ? `article-${cursorItem.id}` : undefined}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = articles[row.index]
          if (!item) return null
          const classes = ['article-item', item.id === openId && 'open', snippets && row.index === cursor && 'cursor']
            .filter(Boolean)
            .join(' ')
          return (
            <div
              key={row.key}
              id={`article-${item.id}`}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role={editing ? 'listitem' : 'option'}
              aria-selected={editing ? undefined : item.id === openId}
              className={classes}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
              onClick={(event) => {
                setCursorId(item.id)
                const beside = (event.ctrlKey || event.metaKey) && onOpenBeside
                ;(beside || onOpen)(item.id)
              }}
            >
              <ArticleRow item={item} snippet={snippets?.get(item.id)} />
            </div>
          )
        })}
      </div>
    </div>
  )
}
