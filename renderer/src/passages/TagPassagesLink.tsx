import type { Tag } from '../../../common/model/annotation-types'
import { plainLabel } from '../bidi/bidi-controls'
import { usePassagesOpener } from './passages-opener'
import './passages.css'

/** A tag's count in the codebook: a link to the passages carrying it (a plain count where there is no view). */
export function TagPassagesLink({ tag, count }: { tag: Tag; count: number }) {
  const open = usePassagesOpener()
  const noun = count === 1 ? 'passage' : 'passages'
  if (!open || count === 0)
    return (
      <span className="codebook-count" title={`${count.toLocaleString()} ${noun}`}>
        {count.toLocaleString()}
        <span className="visually-hidden"> {noun}</span>
      </span>
    )
  return (
    <button
      type="button"
      className="codebook-count codebook-count-link"
      title={`List the ${count.toLocaleString()} ${noun} tagged ${plainLabel(tag.name)}`}
      onClick={() => open({ tag: tag.id })}
    >
      {count.toLocaleString()}
      <span className="visually-hidden"> {noun}: list them</span>
    </button>
  )
}
