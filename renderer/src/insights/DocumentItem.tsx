import type { Citation } from '../../../common/model/intelligence-types'
import { SafeText } from '../bidi/SafeText'

interface Props {
  citation: Citation
  active: boolean
  onShow: () => void
}

/** How sure the app is which document a citation means, in a reader's words. */
function howKnown(citation: Citation): string {
  const by = citation.resolved?.by
  if (citation.decided === 'rejected') return 'Not this document, by your verdict (documents view)'
  if (!citation.resolved)
    return citation.id === null
      ? 'Named in Thai only; no known document fits it for sure'
      : 'Not in the known-documents list, or the text does not say which of two documents with this number'
  if (by === 'unique') return 'The only known document with this code'
  if (by === 'date') return 'Told apart by the date or term the text gives'
  if (by === 'same-article') return 'The Thai reference matches a code in this article'
  if (by === 'known-unique') return 'Named in Thai; the only known document of this kind and number'
  if (by === 'user')
    return citation.decided === 'corrected' ? 'Corrected by you (documents view)' : 'Confirmed by you (documents view)'
  return 'A guess from the subject of the passage: check it'
}

/** One document the article cites: its code, the known document it means, and how sure that is. */
export function DocumentItem({ citation, active, onShow }: Props) {
  const shown = citation.mentions.filter((mention) => mention.paragraph >= 0)
  const inTitle = citation.mentions.length > shown.length
  const certain = citation.confidence >= 0.9 && citation.resolved !== null
  return (
    <li>
      <button
        type="button"
        className={`insight-row document${active ? ' active' : ''}`}
        aria-pressed={active}
        disabled={shown.length === 0}
        title={howKnown(citation)}
        onClick={onShow}
      >
        <span className="insight-head">
          <span className="doc-code">
            <SafeText text={citation.id ?? citation.mentions[0]?.text ?? citation.number} />
          </span>
          {citation.resolved && (
            <span className="doc-when">
              {citation.resolved.date}
              {citation.resolved.term ? ` · ${citation.resolved.term}` : ''}
            </span>
          )}
        </span>
        {citation.resolved && (
          <span className="doc-title" lang="th">
            <SafeText text={citation.resolved.title} />
          </span>
        )}
        <span className={`insight-note${certain ? '' : ' doubtful'}`}>
          {certain ? '' : '? '}
          {howKnown(citation)}
          {!certain && citation.resolved ? `, ${Math.round(citation.confidence * 100)} %` : ''}
        </span>
        <span className="insight-note">
          {shown.length === 1 ? 'Cited once' : `Cited ${shown.length} times`}
          {inTitle ? ', and in the title' : ''}
        </span>
      </button>
    </li>
  )
}
