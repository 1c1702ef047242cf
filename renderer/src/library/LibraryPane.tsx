import { useRef, type KeyboardEvent } from 'react'
import type { ArticleSummary } from '../../../main/articles/article-types'
import type { Loadable } from '../App'
import { hostOf } from '../format'

interface Props {
  library: Loadable<ArticleSummary[]>
  openId: string | null
  onOpen: (id: string) => void
}

/** The article list: a listbox, so arrow keys move and Enter opens, as in any file list. */
export function LibraryPane({ library, openId, onOpen }: Props) {
  const listRef = useRef<HTMLUListElement>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (library.state !== 'ready' || library.value.length === 0) return
    const items = library.value
    const index = items.findIndex((item) => item.id === openId)
    const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    const next = items[Math.min(items.length - 1, Math.max(0, index + step))]
    if (next) onOpen(next.id)
  }

  return (
    <nav className="library" aria-label="Library">
      <h2 className="pane-title">
        Library{library.state === 'ready' && <span className="count">{library.value.length}</span>}
      </h2>
      {library.state === 'loading' && <p className="empty">Reading the library…</p>}
      {library.state === 'error' && (
        <p className="error" role="alert">
          {library.message}
        </p>
      )}
      {library.state === 'ready' && library.value.length === 0 && (
        <p className="empty">No articles yet. Add a folder of .txt, .md or .html articles to start reading.</p>
      )}
      {library.state === 'ready' && library.value.length > 0 && (
        <ul ref={listRef} role="listbox" aria-label="Articles" tabIndex={0} onKeyDown={onKeyDown}>
          {library.value.map((item) => (
            <li
              key={item.id}
              role="option"
              aria-selected={item.id === openId}
              className={item.id === openId ? 'article-item open' : 'article-item'}
              onClick={() => onOpen(item.id)}
            >
              <span
                className={item.titleDerived ? 'title derived' : 'title'}
                lang="th"
                title={item.titleDerived ? 'No title in the file: taken from its first line' : undefined}
              >
                {item.title}
              </span>
              <span className="meta">
                {[item.outlet ?? 'Unknown outlet', item.date ?? 'no date', hostOf(item.sourceUrl)].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}

