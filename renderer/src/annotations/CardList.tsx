import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type ReactNode } from 'react'
import type { AnnotationView } from '../../../common/model/annotation-types'

interface Props {
  annotations: AnnotationView[]
  activeId: string | null
  render: (annotation: AnnotationView) => ReactNode
}

/** Annotation cards, virtualised: an article with a thousand highlights opens as fast as one with ten. */
export function CardList({ annotations, activeId, render }: Props) {
  // Its own scroll area: a list scrolled by an outer element needs its offset measured, which
  // forces a layout of the whole page while the article is being laid out.
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 6,
    getItemKey: (index) => annotations[index]?.id ?? index
  })
  const activeIndex = annotations.findIndex((annotation) => annotation.id === activeId)

  useEffect(() => {
    // A highlight clicked in the text brings its card into view.
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  return (
    <div ref={scroller} className="card-scroller">
      <ol className="annotation-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const annotation = annotations[row.index]
          if (!annotation) return null
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
            >
              {render(annotation)}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
