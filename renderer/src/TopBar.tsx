import { useEffect, useRef } from 'react'
import type { SearchView } from './search/use-search'

interface Props {
  search: SearchView
  /** ArrowDown in the box: the keyboard moves on to the results. */
  onToResults: () => void
}

/** Keys typed into a field are text, not shortcuts. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'))

export function TopBar({ search, onToResults }: Props) {
  const box = useRef<HTMLInputElement>(null)

  useEffect(() => {
    // Ctrl+K anywhere (the editors' convention), or "/" when not typing (the web's).
    const onKey = (event: KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target)
      if (!ctrlK && !slash) return
      event.preventDefault()
      box.current?.focus()
      box.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <header className="top-bar">
      <span className="brand">Crossread</span>
      <input
        ref={box}
        className="search"
        type="search"
        lang="th"
        aria-label="Search the library"
        placeholder="Search articles, notes and quotes (Ctrl+K)"
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault()
            search.setQuery('')
          } else if (event.key === 'ArrowDown' && search.active) {
            event.preventDefault()
            onToResults()
          }
        }}
      />
    </header>
  )
}
