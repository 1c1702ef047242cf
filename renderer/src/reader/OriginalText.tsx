import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LineCut, OriginalView } from '../../../common/model/article-types'
import type { Loadable } from '../api/loadable'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'
import type messages from '../i18n/messages/en/reader.json'

/** Why the parser removed a line: the reasons it names (main/articles), worded in reader.json. */
type Reason = keyof typeof messages.original.reasons
const REASONS = new Set<string>([
  'title',
  'header',
  'banner',
  'outlet-date',
  'source',
  'comment-counter',
  'site-furniture',
  'image-placeholder',
  'duplicate-caption'
])
const CUT_KINDS: LineCut['kind'][] = ['sentence', 'space', 'word', 'hard']
const isReason = (name: string): name is Reason => REASONS.has(name)

/**
 * The untouched file, line by line, each removed line struck through with why it was removed, and
 * each line too long to be one paragraph shown in the pieces the reader shows, every cut marked.
 */
export function OriginalText({ id }: { id: string }) {
  const { t } = useTranslation('reader', { keyPrefix: 'original' })
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

  if (original.state === 'loading') return <p className="empty">{t('opening')}</p>
  if (original.state === 'error')
    return (
      <p className="error">
        <SafeText text={original.message} />
      </p>
    )
  const removed = original.value.lines.filter((line) => line.removed).length
  const split = original.value.lines.filter((line) => line.cuts).length
  return (
    <section className="original" aria-label={t('label')}>
      <p className="field-note">
        {t('asRead', { encoding: original.value.encoding, count: removed })}
        {split > 0 && t('split', { count: split })}
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
            {line.removed && (
              <span className="reason">{isReason(line.removed) ? t(`reasons.${line.removed}`) : line.removed}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** A line the parser cut into paragraphs: one block per piece (a megabyte line laid out as one
 * would freeze the window), each after the first opening with the cut's mark and reason. */
function SplitLine({ text, cuts }: { text: string; cuts: LineCut[] }) {
  const { t } = useTranslation('reader', { keyPrefix: 'original' })
  const starts = [0, ...cuts.map((cut) => cut.at)]
  // Worded once per kind, not per cut: a megabyte line has thousands of cuts.
  const how = Object.fromEntries(CUT_KINDS.map((kind) => [kind, t(`cuts.${kind}`)])) as Record<LineCut['kind'], string>
  return (
    <>
      <span className="reason split-reason">{t('splitInto', { pieces: starts.length.toLocaleString() })}</span>
      {starts.map((start, i) => {
        const cut = cuts[i - 1]
        return (
          <div key={start} className="line-piece">
            {cut && (
              <span className="cut-mark" title={t('cutTitle', { how: how[cut.kind] })}>
                ✂ {how[cut.kind]}
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
