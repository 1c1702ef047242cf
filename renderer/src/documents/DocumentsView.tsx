// The documents view, in the library's and the reader's place: every party and state document the
// library cites, with how many articles cite it and when; one opened lists its citing sentences by
// article, each opening the article there. Doubtful resolutions are marked and can be confirmed or
// corrected, one by one or in the review list.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import type { DocumentSort } from '../../../common/model/documents'
import { SafeText } from '../bidi/SafeText'
import { useAppStatus } from '../data/DataProvider'
import { useViewFocus } from '../passages/use-view-focus'
import { usePaneOpeners } from '../panes/pane-openers'
import { passageKeyAction } from '../passages/passage-keys'
import { CitationReviewList } from './CitationReviewList'
import { DocumentDetail } from './DocumentDetail'
import { DocumentList } from './DocumentList'
import { DocumentsHead } from './DocumentsHead'
import { timeAxis } from './month-strip'
import { useCitationVerdicts } from './use-citation-verdicts'
import { useDocumentCitations, useDocumentList } from './use-documents'
import './documents.css'

export function DocumentsView({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('documents')
  const undoKeys = useKeysText(APP_SHORTCUTS.undo)
  const [sort, setSort] = useState<DocumentSort>('most-cited')
  const [mode, setMode] = useState<'documents' | 'review'>('documents')
  // The document shown, by id: a verdict or another order moves it in the list, not away.
  const [chosen, setChosen] = useState<string | null>(null)
  const [detailFocus, setDetailFocus] = useState(false)
  const list = useDocumentList(sort)
  const entries = useMemo(() => [...(list.data?.documents ?? []), ...(list.data?.unresolved ?? [])], [list.data])
  const axis = useMemo(() => timeAxis(entries.map((entry) => entry.months)), [entries])
  const scale = useMemo(() => Math.max(1, ...entries.flatMap((entry) => entry.months.map(([, n]) => n))), [entries])
  const cursor = entries.findIndex((entry) => entry.id === chosen)
  const setCursor = (index: number) => setChosen(entries[index]?.id ?? null)
  const citations = useDocumentCitations(mode === 'documents' ? chosen : null)
  const verdicts = useCitationVerdicts()
  const openers = usePaneOpeners()
  const indexing = useAppStatus()?.search?.state !== 'ready'
  const section = useRef<HTMLElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const detailRef = useRef<HTMLDivElement>(null)
  useViewFocus(section, listRef, entries.length > 0)

  const open = (articleId: string, range: { start: number; end: number } | undefined, beside = false) => {
    if (!openers) return
    ;(beside ? openers.beside : openers.here)({ articleId, range })
    onClose()
  }
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = passageKeyAction(event, cursor, entries.length)
    if (!action) return
    event.preventDefault()
    if (action.kind === 'move') setCursor(action.to)
    else setDetailFocus(true)
  }
  const doubtful = entries.reduce((sum, entry) => sum + entry.doubtful, 0)

  return (
    <section
      ref={section}
      className="documents-view"
      aria-label={t('title')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return
        event.preventDefault()
        onClose()
      }}
    >
      <DocumentsHead
        mode={mode}
        sort={sort}
        count={list.data?.documents.length ?? null}
        doubtful={doubtful}
        onMode={setMode}
        onSort={setSort}
        onClose={onClose}
      />
      {(verdicts.error ?? list.error) && (
        <p className="error" role="alert">
          <SafeText text={verdicts.error ?? list.error?.message ?? ''} />
        </p>
      )}
      {verdicts.last && (
        <p className="documents-done" role="status">
          {verdicts.last}.{' '}
          <button type="button" className="small quiet" disabled={verdicts.busy} onClick={() => void verdicts.undo()}>
            {t('undo', { keys: undoKeys })}
          </button>
        </p>
      )}
      {!openers && <p className="documents-note">{t('noReader')}</p>}
      {mode === 'review' ? (
        <CitationReviewList
          documents={entries}
          busy={verdicts.busy}
          canOpen={openers !== null}
          onOpen={(articleId, range) => open(articleId, range)}
          onDecide={(requests) => void verdicts.decide(requests)}
        />
      ) : entries.length === 0 ? (
        <p className="empty documents-empty">
          {list.isPending ? t('readingLibrary') : indexing ? t('noneYetIndexing') : t('noneCited')}
        </p>
      ) : (
        <div className="documents-body">
          <DocumentList
            entries={entries}
            unresolvedFrom={list.data?.documents.length ?? 0}
            cursor={cursor}
            axis={axis}
            scale={scale}
            listRef={listRef}
            onCursor={setCursor}
            onKeyDown={onListKey}
          />
          <DocumentDetail
            data={citations.data}
            loading={citations.isFetching}
            error={citations.error?.message ?? null}
            listRef={detailRef}
            busy={verdicts.busy}
            canOpen={openers !== null}
            onOpen={(target, beside) => open(target.articleId, target.range, beside)}
            onDecide={(request) => void verdicts.decide([request])}
            onBack={() => listRef.current?.focus()}
            focusWanted={detailFocus}
            onFocused={() => setDetailFocus(false)}
          />
        </div>
      )}
      <p className="documents-keys" id="documents-keys">
        {t('keysHint')}
      </p>
    </section>
  )
}
