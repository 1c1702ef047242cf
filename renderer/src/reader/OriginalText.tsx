import { useEffect, useState } from 'react'
import type { OriginalView } from '../../../common/model/article-types'
import type { Loadable } from '../api/loadable'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'

const REASONS: Record<string, string> = {
  title: 'title',
  header: 'header',
  banner: 'site banner',
  'outlet-date': 'outlet and date',
  source: 'source line',
  'comment-counter': 'comment counter',
  'site-furniture': 'site furniture',
  'image-placeholder': 'image file name',
  'duplicate-caption': 'duplicate caption'
}

/** The untouched file, line by line, each removed line struck through with why it was removed. */
export function OriginalText({ id }: { id: string }) {
  const [original, setOriginal] = useState<Loadable<OriginalView>>({ state: 'loading' })
  useEffect(() => {
    let alive = true
    void api.getOriginal({ id }).then((result) => {
      if (alive)
        setOriginal(
          result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message }
        )
    })
    return () => {
      alive = false
    }
  }, [id])

  if (original.state === 'loading') return <p className="empty">Opening the original file…</p>
  if (original.state === 'error')
    return (
      <p className="error">
        <SafeText text={original.message} />
      </p>
    )
  const removed = original.value.lines.filter((line) => line.removed).length
  return (
    <section className="original" aria-label="Original file">
      <p className="field-note">
        The file as read ({original.value.encoding}); {removed} line{removed === 1 ? '' : 's'} removed from the article,
        marked below.
      </p>
      <ol className="original-lines">
        {original.value.lines.map((line) => (
          <li
            key={line.number}
            className={line.removed ? 'removed' : line.text === '' ? 'blank' : undefined}
            value={line.number}
          >
            <span className="line-text" lang="th">
              <SafeText text={line.text} />
            </span>
            {line.removed && <span className="reason">{REASONS[line.removed] ?? line.removed}</span>}
          </li>
        ))}
      </ol>
    </section>
  )
}
