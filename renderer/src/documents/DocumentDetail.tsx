import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import type { DocumentCitations } from '../../../common/model/documents'
import { SafeText } from '../bidi/SafeText'
import { passageKeyAction } from '../passages/passage-keys'
import { CitingArticleRow } from './CitingArticleRow'
import { citingTargets, type CitingTarget } from './citing-targets'
import { documentFacts, documentName } from './resolution-words'
import type { CitationDecisionRequest } from './use-citation-verdicts'

interface Props {
  data: DocumentCitations | undefined
  loading: boolean
  error: string | null
  listRef: RefObject<HTMLDivElement | null>
  busy: boolean
  canOpen: boolean
  onOpen: (target: Pick<CitingTarget, 'articleId' | 'range'>, beside: boolean) => void
  onDecide: (request: CitationDecisionRequest) => void
  /** Esc: back to the documents list. */
  onBack: () => void
  /** Enter in the documents list: the keyboard moves in here once the sentences are shown. */
  focusWanted: boolean
  onFocused: () => void
}

/** One document opened: what it is, then its citing articles (newest first), virtualised, each
 * with its citing sentences; ↑/↓ step through the sentences, Enter opens one, Shift+Enter beside. */
export function DocumentDetail(props: Props) {
  const { t } = useTranslation('documents')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const { data, loading, error, listRef, busy, canOpen, onOpen, onDecide, onBack, focusWanted, onFocused } = props
  const articles = useMemo(() => data?.articles ?? [], [data])
  const targets = useMemo(() => citingTargets(articles), [articles])
  const [cursor, setCursor] = useState(-1)
  const virtualizer = useVirtualizer({
    count: articles.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 150,
    overscan: 4,
    getItemKey: (index) => (articles[index] ? `${articles[index].article.id} ${articles[index].citation}` : index)
  })
  const target = targets[cursor]
  useEffect(() => {
    if (target) virtualizer.scrollToIndex(target.row, { align: 'auto' })
  }, [target, virtualizer])
  useEffect(() => setCursor(-1), [data?.document?.id])
  useEffect(() => {
    if (!focusWanted || !listRef.current) return
    listRef.current.focus()
    onFocused()
  }, [focusWanted, data, listRef, onFocused])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return // a verdict's buttons and picker keep their keys
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      return onBack()
    }
    const action = passageKeyAction(event, cursor, targets.length)
    if (!action) return
    event.preventDefault()
    if (action.kind === 'move') setCursor(action.to)
    else if (target && canOpen) onOpen(target, event.shiftKey)
  }

  if (error)
    return (
      <p className="error" role="alert">
        <SafeText text={error} />
      </p>
    )
  if (!data?.document)
    return (
      <p className="empty documents-empty">
        {loading ? t('readingCitations') : data ? t('noLongerCited', { keys: undoKeys }) : t('chooseDocument')}
      </p>
    )
  const entry = data.document
  return (
    <div className="document-detail">
      <header className="document-detail-head">
        <h3 className="doc-code">
          <SafeText text={documentName(entry, t)} />
        </h3>
        {entry.title && (
          <p className="doc-title" lang="th">
            <SafeText text={entry.title} />
          </p>
        )}
        <p className="doc-facts">
          <SafeText text={documentFacts(entry, t)} /> · {t('citedBy', { count: entry.articles })}
        </p>
      </header>
      <div
        ref={listRef}
        className="citing-list"
        tabIndex={0}
        role="group"
        aria-label={t('citingLabel', { document: documentName(entry, t) })}
        aria-describedby="documents-keys"
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target === event.currentTarget && cursor < 0 && targets.length > 0 && setCursor(0)}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const citing = articles[item.index]
            if (!citing) return null
            return (
              <div
                key={`${citing.article.id} ${citing.citation}`}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="citing-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <CitingArticleRow
                  citing={citing}
                  known={data.known}
                  cursorSentence={target?.row === item.index ? target.sentence : null}
                  busy={busy}
                  canOpen={canOpen}
                  onOpen={onOpen}
                  onDecide={onDecide}
                />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
