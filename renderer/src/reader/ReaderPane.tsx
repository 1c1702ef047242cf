import { useEffect, useState } from 'react'
import type { Article } from '../../../main/articles/article-types'
import type { Loadable } from '../App'
import { api } from '../api/client'
import { hostOf } from '../format'
import { DOUBTFUL } from '../library/ArticleList'
import { ArticleView } from './ArticleView'
import { OriginalText } from './OriginalText'

export function ReaderPane({ article }: { article: Loadable<Article> | null }) {
  return (
    <main className="reader" aria-label="Reader">
      {article === null && <p className="empty centre">Choose an article in the library to start reading.</p>}
      {article?.state === 'loading' && <p className="empty centre">Opening the article…</p>}
      {article?.state === 'error' && (
        <p className="error centre" role="alert">
          {article.message}
        </p>
      )}
      {article?.state === 'ready' && <ArticleBody key={article.value.summary.id} article={article.value} />}
    </main>
  )
}

function ArticleBody({ article }: { article: Article }) {
  const { summary } = article
  const [openError, setOpenError] = useState<string | null>(null)
  const [showOriginal, setShowOriginal] = useState(false)

  useEffect(() => {
    // Alt+O toggles the original, as a researcher checks what the cleaning removed.
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.key.toLowerCase() === 'o') {
        event.preventDefault()
        setShowOriginal((shown) => !shown)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const openSource = async () => {
    const result = await api.openSource({ id: summary.id })
    setOpenError(result.ok ? null : result.error.message)
  }
  const dateText = summary.date ?? (summary.year ? `${summary.year} (year only)` : null)
  return (
    <article className="page">
      <header className="article-header">
        <h1 lang="th">{summary.title}</h1>
        {summary.titleConfidence < DOUBTFUL && <p className="field-note">Title guessed: {summary.titleHow}.</p>}
        <p className="byline">
          <span className={summary.outlet && summary.outletConfidence < DOUBTFUL ? 'outlet doubtful' : 'outlet'} title={summary.outlet ? undefined : 'No outlet named in the file'}>
            {summary.outlet ?? 'Unknown outlet'}
            {summary.outlet && summary.outletConfidence < DOUBTFUL ? '?' : ''}
          </span>
          <span>{dateText ?? 'no date'}</span>
          {summary.sourceUrl && (
            <button type="button" className="link" onClick={() => void openSource()} title={summary.sourceUrl}>
              {hostOf(summary.sourceUrl)} ↗
            </button>
          )}
          <button type="button" className="small toggle" aria-pressed={showOriginal} onClick={() => setShowOriginal((shown) => !shown)} title="Alt+O">
            {showOriginal ? 'Show cleaned' : 'Show original'}
          </button>
        </p>
        {summary.warnings.map((warning) => (
          <p key={warning} className="notice">
            {warning}
          </p>
        ))}
        {openError && (
          <p className="error" role="alert">
            {openError}
          </p>
        )}
      </header>
      {showOriginal ? <OriginalText id={summary.id} /> : <ArticleView blocks={article.blocks} />}
    </article>
  )
}
