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
  const dates = useDates()
  const { article } = citing
  const titleOf = (key: string) => known.find((doc) => doc.key === key)?.code ?? null
  const open = (range: { start: number; end: number } | undefined, beside: boolean) =>
    onOpen({ articleId: article.id, range }, beside)
  return (
    <article className="citing-article">
      <header className="citing-head">
        <span className={article.titleDerived ? 'citing-title derived' : 'citing-title'} lang="th">
          {article.inLibrary ? <SafeText text={article.title} /> : 'An article no longer in the library'}
        </span>
        <span className="meta">
          {article.outlet ? <SafeText text={article.outlet} /> : <span className="missing">Unknown outlet</span>}
          <span>{dates.article(article) ?? 'no date'}</span>
        </span>
      </header>
      <div className="citing-resolution">
        {citing.decision ? (
          <span className="verdict-mark">{verdictWords(citing.decision, titleOf)}</span>
        ) : (
          <span className={citing.doubtful ? 'doubtful-mark' : 'resolution-mark'}>
            {citing.doubtful ? '? ' : ''}
            {citing.code ?? citing.citation} · {resolutionWords(citing.by, citing.confidence)}
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
          <span className="missing">Cited in the title only.</span>{' '}
          <button type="button" className="small quiet" disabled={!canOpen} onClick={() => open(undefined, false)}>
            Open the article
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
            title="Open the article at this sentence (Enter)"
            onClick={() => open({ start: sentence.start, end: sentence.end }, false)}
          >
            <SafeText text={sentence.text} />
          </button>
          <button
            type="button"
            className="small quiet beside"
            disabled={!canOpen || !article.inLibrary}
            title="Open beside the article in the reader (Shift+Enter)"
            onClick={() => open({ start: sentence.start, end: sentence.end }, true)}
          >
            Beside
          </button>
        </div>
      ))}
    </article>
  )
}
