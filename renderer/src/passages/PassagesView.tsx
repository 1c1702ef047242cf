// The passages view ("coded segments"), shown in the library's place: every highlighted passage
// carrying a tag, a colour or a confirmed theme, across all articles, grouped by article with its
// outlet and date, each with its note; a passage opens its article in the reader at the passage.
import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PassageFilter, PassageSort } from '../../../common/model/passages'
import { api } from '../api/client'
import { SafeText } from '../bidi/SafeText'
import { unwrap } from '../data/call'
import { useAppStatus } from '../data/DataProvider'
import { keys } from '../data/query-keys'
import { PassageFilters } from './PassageFilters'
import { PassageList } from './PassageList'
import { passageKeyAction } from './passage-keys'
import { passageAt } from './passage-rows'
import { PassagesSummary } from './PassagesSummary'
import { usePassagePages } from './use-passage-pages'
import { useViewFocus } from './use-view-focus'
import { usePaneOpeners } from '../panes/pane-openers'
import './passages.css'

const KEYS_HINT = 'passages-keys'

interface Props {
  initialFilter: PassageFilter
  onOpen: (articleId: string, annotationId: string) => void
  onClose: () => void
}

export function PassagesView({ initialFilter, onOpen, onClose }: Props) {
  const { t } = useTranslation('passages')
  const [filter, setFilter] = useState(initialFilter)
  const [sort, setSort] = useState<PassageSort>('date-desc')
  const [wanted, setWanted] = useState<number[]>([0])
  const [cursor, setCursor] = useState(-1)
  const openers = usePaneOpeners()
  const [openedId, setOpenedId] = useState<string | null>(null)
  const data = usePassagePages(filter, sort, wanted)
  const connected = useAppStatus() !== null
  const tagList = useQuery({ queryKey: keys.tags, queryFn: () => unwrap(api.listTags({})), enabled: connected })
  const tags = useMemo(() => new Map((tagList.data ?? []).map((tag) => [tag.id, tag])), [tagList.data])
  const themes = useQuery({
    queryKey: keys.themes,
    queryFn: () => unwrap(api.listThemes({})),
    enabled: connected && filter.theme !== undefined
  })
  const themeLabel = themes.data?.themes.find((theme) => theme.id === filter.theme)?.label.th ?? null
  const section = useRef<HTMLElement>(null)
  const list = useRef<HTMLDivElement>(null)
  const count = data.total ?? 0

  // A new filter or order is a new list: back to its top.
  const restart = () => {
    setCursor(-1)
    setWanted([0])
    list.current?.scrollTo({ top: 0 })
  }
  const onPages = useCallback((pages: number[]) => setWanted((old) => (old.join() === pages.join() ? old : pages)), [])
  const open = (index: number, beside = false) => {
    const passage = passageAt(data.pages, index)
    if (!passage || data.header(passage.articleId)?.inLibrary === false) return
    setOpenedId(passage.id)
    const target = { articleId: passage.articleId, annotationId: passage.id }
    if (beside && openers) openers.beside(target)
    else onOpen(passage.articleId, passage.id)
  }

  const hasRows = count > 0
  useViewFocus(section, list, hasRows)

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = passageKeyAction(event, cursor, count)
    if (!action) return
    event.preventDefault()
    if (action.kind === 'move') setCursor(action.to)
    else open(cursor, action.beside)
  }

  return (
    <section
      ref={section}
      className="passages-view"
      aria-label={t('title')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        onClose()
      }}
    >
      <div className="passages-head">
        <h2 className="pane-title">{t('title')}</h2>
        <button type="button" className="small quiet" title={t('closeTitle')} onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <PassageFilters
        filter={filter}
        sort={sort}
        tags={tagList.data ?? []}
        themeLabel={themeLabel}
        onFilter={(next) => {
          setFilter(next)
          restart()
        }}
        onSort={(next) => {
          setSort(next)
          restart()
        }}
      />
      <PassagesSummary
        filter={filter}
        total={data.total}
        articles={data.articles}
        hasSubTags={(tagList.data ?? []).some((tag) => filter.tag !== undefined && tag.parentId === filter.tag)}
      />
      {data.error && (
        <p className="error" role="alert">
          <SafeText text={data.error} />
        </p>
      )}
      {hasRows && (
        <PassageList
          data={data}
          count={count}
          tags={tags}
          cursor={cursor}
          openedId={openedId}
          listRef={list}
          label={t('listLabel')}
          describedBy={KEYS_HINT}
          onCursor={setCursor}
          onOpen={open}
          onPages={onPages}
          onKeyDown={onListKey}
        />
      )}
      <p className="passages-keys" id={KEYS_HINT}>
        {t('keysHint')}
      </p>
    </section>
  )
}
