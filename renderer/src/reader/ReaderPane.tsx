import { useState } from 'react'
import type { Article } from '../../../main/articles/article-types'
import type { Loadable } from '../App'
import { api } from '../api/client'
import { hostOf } from '../format'
import { ArticleView } from './ArticleView'

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
      {article?.state === 'ready' && <ArticleBody article={article.value} />}
    </main>
  )
}

function ArticleBody({ article }: { article: Article }) {
  const { summary } = article
  const [openError, setOpenError] = useState<string | null>(null)
  const openSource = async () => {
    const result = await api.openSource({ id: summary.id })
    setOpenError(result.ok ? null : result.error.message)
  }
  return (
    <article className="page">
      <header className="article-header">
        <h1 lang="th">{summary.title}</h1>
        {summary.titleDerived && (
          <p className="field-note">Title taken from the first line: the file names none.</p>
        )}
        <p className="byline">
          <span className="outlet">{summary.outlet ?? 'Unknown outlet'}</span>
          <span>{summary.date ?? 'no date'}</span>
          {summary.sourceUrl && (
            <button type="button" className="link" onClick={() => void openSource()} title={summary.sourceUrl}>
              {hostOf(summary.sourceUrl)} ↗
            </button>
          )}
        </p>
        {openError && (
          <p className="error" role="alert">
            {openError}
          </p>
        )}
      </header>
      <ArticleView blocks={article.blocks} />
    </article>
  )
}
