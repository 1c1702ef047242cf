import { useCopyCount } from './use-copies'
import './duplicates.css'

/** The library row's mark for an article whose story the library holds more than once. */
export function CopyMark({ articleId }: { articleId: string }) {
  const count = useCopyCount(articleId)
  if (count < 2) return null
  const others = count - 1
  return (
    <span
      className="copy-mark"
      role="img"
      aria-label={`${count} copies of this story: also published as ${others} other ${others === 1 ? 'article' : 'articles'}`}
      title="The same story in other articles: see Also published as, in the About tab"
    >
      ⧉ {count} copies
    </span>
  )
}
