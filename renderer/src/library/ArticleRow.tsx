import type { ArticleSummary } from '../../../main/articles/article-types'
import type { Snippet } from '../../../main/search/search-types'
import { hostOf } from '../format'
import { snippetElements } from '../search/snippet-elements'

/** Below this a field is shown as a guess (with a "?" and how it was found). */
export const DOUBTFUL = 0.6

/** One library row: title, outlet, date, source and counts; a search result adds its snippet. */
export function ArticleRow({ item, snippet }: { item: ArticleSummary; snippet?: Snippet }) {
  return (
    <>
      <span className={item.titleDerived ? 'title derived' : 'title'} lang="th" title={item.titleDerived ? `Guessed: ${item.titleHow}` : undefined}>
        {item.title}
      </span>
      <span className="meta">
        <Field value={item.outlet} confidence={item.outletConfidence} missing="Unknown outlet" />
        {item.date || !item.year ? (
          <Field value={item.date} confidence={item.dateConfidence} missing="no date" />
        ) : (
          <span title="The file gives only the year">{item.year}</span>
        )}
        {item.sourceUrl && <span>{hostOf(item.sourceUrl)}</span>}
        {item.annotationCount > 0 && <span className="badge">{item.annotationCount}</span>}
        {item.warnings.length > 0 && <span className="warn" title={item.warnings.join('\n')}>⚠</span>}
      </span>
      {snippet && (
        <span className="snippet" lang="th">
          {snippetElements(snippet)}
        </span>
      )}
    </>
  )
}

function Field({ value, confidence, missing }: { value: string | null; confidence: number; missing: string }) {
  if (value === null) return <span className="missing">{missing}</span>
  return confidence < DOUBTFUL ? <span className="doubtful" title="A guess: the file does not state this clearly">{value}?</span> : <span>{value}</span>
}
