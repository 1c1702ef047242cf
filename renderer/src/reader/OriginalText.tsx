import { useEffect, useState } from 'react'
import type { LineCut, OriginalView } from '../../../common/model/article-types'
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

/** Why the parser cut a very long line where it did, most natural first. */
const CUTS: Record<LineCut['kind'], string> = {
  sentence: 'after a sentence',
  space: 'at a space',
  word: 'between two words',
  hard: 'mid-word: no boundary found'
}

/**
 * The untouched file, line by line, each removed line struck through with why it was removed, and
 * each line too long to be one paragraph shown in the pieces the reader shows, every cut marked.
 */
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
  const split = original.value.lines.filter((line) => line.cuts).length
  return (
    <section className="original" aria-label="Original file">
      <p className="field-note">
        The file as read ({original.value.encoding}); {removed} line{removed === 1 ? '' : 's'} removed from the article,
        marked below.
        {split > 0 &&
          ` ${split} very long line${split === 1 ? ' was' : 's were'} split into paragraphs; each cut is marked ✂.`}
      </p>
      <ol className="original-lines">
        {original.value.lines.map((line) => (
          <li
            key={line.number}
            className={line.removed ? 'removed' : line.text === '' ? 'blank' : undefined}
            value={line.number}
          >
            {line.cuts ? (
              <SplitLine text={line.text} cuts={line.cuts} />
            ) : (
              <span className="line-text" lang="th">
                <SafeText text={line.text} />
              </span>
            )}
            {line.removed && <span className="reason">{REASONS[line.removed] ?? line.removed}</span>}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** A line the parser cut into paragraphs: one block per piece (a megabyte line laid out as one
 * would freeze the window), each after the first opening with the cut's mark and reason. */
function SplitLine({ text, cuts }: { text: string; cuts: LineCut[] }) {
  const starts = [0, ...cuts.map((cut) => cut.at)]
  return (
    <>
      <span className="reason split-reason">
        very long line: split into {starts.length.toLocaleString()} paragraphs
      </span>
      {starts.map((start, i) => {
        const cut = cuts[i - 1]
        return (
          <div key={start} className="line-piece">
            {cut && (
              <span className="cut-mark" title={`Split into a new paragraph ${CUTS[cut.kind]}`}>
                ✂ {CUTS[cut.kind]}
              </span>
            )}
            <span className="line-text" lang="th">
              <SafeText text={text.slice(start, starts[i + 1] ?? text.length)} />
            </span>
          </div>
        )
      })}
    </>
  )
}
