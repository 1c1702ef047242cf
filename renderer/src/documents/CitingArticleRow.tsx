import { useTranslation } from 'react-i18next'
import type { CitingArticle, KnownDocumentChoice } from '../../../common/model/documents'
import { SafeText } from '../bidi/SafeText'
import { CitationVerdict } from './CitationVerdict'
import type { CitingTarget } from './citing-targets'
import { resolutionWords, verdictWords } from './resolution-words'
import type { CitationDecisionRequest } from './use-citation-verdicts'
import { useDates } from '../dates/use-dates'

interface Props {
  citing: CitingArticle
  known: KnownDocumentChoice[]
  /** The sentence under the keyboard's cursor (-1 the article, null none in this article). */
  cursorSentence: number | null
  busy: boolean
  canOpen: boolean
  onOpen: (target: Omit<CitingTarget, 'row' | 'sentence'>, beside: boolean) => void
  onDecide: (request: CitationDecisionRequest) => void
}

/** One citing article: its title, outlet and date, how the citation was resolved (and the user's
 * verdict), and each citing sentence, which opens the article there (or beside). */
export function CitingArticleRow({ citing, known, cursorSentence, busy, canOpen, onOpen, onDecide }: Props) {
  const { t } = useTranslation('documents')
  const dates = useDates()
  const { article } = citing
  const titleOf = (key: string) => known.find((doc) => doc.key === key)?.code ?? null
  const open = (range: { start: number; end: number } | undefined, beside: boolean) =>
    onOpen({ articleId: article.id, range }, beside)
  return (
    <article className="citing-article">
      <header className="citing-head">
        <span className={article.titleDerived ? 'citing-title derived' : 'citing-title'} lang="th">
          {article.inLibrary ? <SafeText text={article.title} /> : t('articleGone')}
        </span>
        <span className="meta">
          {article.outlet ? <SafeText text={article.outlet} /> : <span className="missing">{t('unknownOutlet')}</span>}
          <span>{dates.article(article) ?? t('noDate')}</span>
        </span>
      </header>
      <div className="citing-resolution">
        {citing.decision ? (
          <span className="verdict-mark">{verdictWords(citing.decision, titleOf, t)}</span>
        ) : (
          <span className={citing.doubtful ? 'doubtful-mark' : 'resolution-mark'}>
            {citing.doubtful ? '? ' : ''}
            {citing.code ?? citing.citation} · {resolutionWords(citing.by, citing.confidence, t)}
          </span>
        )}
        <CitationVerdict
          articleId={article.id}
          citation={citing.citation}
          doubtful={citing.doubtful}
          decision={citing.decision}
          known={known}
          busy={busy}
          onDecide={onDecide}
        />
      </div>
      {citing.sentences.length === 0 && (
        <p className={cursorSentence === -1 ? 'citing-sentence cursor' : 'citing-sentence'}>
          <span className="missing">{t('titleOnly')}</span>{' '}
          <button type="button" className="small quiet" disabled={!canOpen} onClick={() => open(undefined, false)}>
            {t('openArticle')}
          </button>
        </p>
      )}
      {citing.sentences.map((sentence, index) => (
        <div key={sentence.start} className={cursorSentence === index ? 'citing-sentence cursor' : 'citing-sentence'}>
          <button
            type="button"
            className="sentence-open"
            lang="th"
            disabled={!canOpen || !article.inLibrary}
            title={t('openSentenceTitle')}
            onClick={() => open({ start: sentence.start, end: sentence.end }, false)}
          >
            <SafeText text={sentence.text} />
          </button>
          <button
            type="button"
            className="small quiet beside"
            disabled={!canOpen || !article.inLibrary}
            title={t('openBesideTitle')}
            onClick={() => open({ start: sentence.start, end: sentence.end }, true)}
          >
            {t('beside')}
          </button>
        </div>
      ))}
    </article>
  )
}
