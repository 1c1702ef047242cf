import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { plainLabel } from '../bidi/bidi-controls'
import { sameFileOf, type FilePlace } from './same-file'
import { useCopyCount } from './use-copies'
import './duplicates.css'

const NONE: readonly FilePlace[] = []

/**
 * The library row's marks: the same file imported more than once, and the same story in other
 * articles (a near-duplicate beyond those identical files).
 */
export function CopyMark({ articleId }: { articleId: string }) {
  const { t } = useTranslation('duplicates')
  const count = useCopyCount(articleId)
  const sameFile = useSameFile(articleId)
  const others = count - 1 - sameFile.length
  return (
    <>
      {sameFile.length > 0 && (
        <span
          className="copy-mark same-file"
          role="img"
          aria-label={t('sameFileLabel', { places: sameFile.map(place).join('; ') })}
          title={t('sameFileTitle', { places: sameFile.map(place).join('\n') })}
        >
          {t('sameFileMark', { n: sameFile.length + 1 })}
        </span>
      )}
      {others > 0 && (
        <span
          className="copy-mark"
          role="img"
          aria-label={t('copiesLabel', { n: count, count: others })}
          title={t('copiesTitle')}
        >
          {t('copiesMark', { n: count })}
        </span>
      )}
    </>
  )
}

const place = (at: FilePlace) => plainLabel(`${at.folder} › ${at.file}`)

/** The other places this article's very file is in the library, from the cached library list. */
function useSameFile(articleId: string): readonly FilePlace[] {
  const connected = useAppStatus() !== null
  const articles = useQuery({
    queryKey: keys.articles,
    queryFn: () => unwrap(api.listArticles({})),
    enabled: connected,
    select: (list) => sameFileOf(list, articleId)
  })
  return articles.data ?? NONE
}
