import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { ArticleSummary } from '../../../main/articles/article-types'
import { hostOf } from '../format'

/** Below this a field is shown as a guess (with a "?" and how it was found). */
export const DOUBTFUL = 0.6

interface Props {
  articles: ArticleSummary[]
  openId: string | null
  onOpen: (id: string) => void
}

/** The article list: virtualised (10,000 rows stay smooth), a listbox for the keyboard. */
export function ArticleList({ articles, openId, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 86,
    overscan: 8,
    getItemKey: (index) => articles[index]?.id ?? index
  })
  const openIndex = articles.findIndex((article) => article.id === openId)

  useEffect(() => {
    if (openIndex >= 0) virtualizer.scrollToIndex(openIndex, { align: 'auto' })
  }, [openIndex, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 }[event.key]
    const jump = event.key === 'Home' ? 0 : event.key === 'End' ? articles.length - 1 : null
    if (step === undefined && jump === null) return
    event.preventDefault()
    const next = articles[jump ?? Math.min(articles.length - 1, Math.max(0, openIndex + (step ?? 0)))]
    if (next) onOpen(next.id)
  }

  return (
    <div
      ref={scroller}
      className="article-list"
      role="listbox"
      aria-label="Articles"
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-activedescendant={openId ? `article-${openId}` : undefined}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = articles[row.index]
          if (!item) return null
          return (
            <div
              key={row.key}
              id={`article-${item.id}`}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="option"
              aria-selected={item.id === openId}
              className={item.id === openId ? 'article-item open' : 'article-item'}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
              onClick={() => onOpen(item.id)}
            >
              <span className={item.titleDerived ? 'title derived' : 'title'} lang="th" title={item.titleDerived ? `Guessed: ${item.titleHow}` : undefined}>
                {item.title}
              </span>
              <span className="meta">
                <Field value={item.outlet} confidence={item.outletConfidence} missing="Unknown outlet" />
                {item.date || !item.year ? (
                  <Field value={item.date} confidence={item.dateConfidence} missing="no date" />
                ) : (
                  <span title="The file gives only the year">{item.year}</span>
                )}
                {item.sourceUrl && <span>{hostOf(item.sourceUrl)}</span>}
                {item.annotationCount > 0 && <span className="badge">{item.annotationCount}</span>}
                {item.warnings.length > 0 && <span className="warn" title={item.warnings.join('\n')}>⚠</span>}
              </span>
            </div>
          )
        })}
      </div>
    </div>
  )
}

function Field({ value, confidence, missing }: { value: string | null; confidence: number; missing: string }) {
  if (value === null) return <span className="missing">{missing}</span>
  return confidence < DOUBTFUL ? <span className="doubtful" title="A guess: the file does not state this clearly">{value}?</span> : <span>{value}</span>
}
