// The selection toolbar's link button and its key (L): the first selection starts a link (the bar
// then says so); with a link started, the next selection offers "Link here" and opens the form.
import { useTranslation } from 'react-i18next'
import type { TextSelectionInfo } from '../reader/ArticleView'
import { SELECTION_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import { usePaneSession } from '../session/session-context'
import { useLinks } from './links-context'

interface Props {
  selection: TextSelectionInfo
  /** False while the toolbar shows a form: the key is then the user's text. */
  enabled: boolean
  /** Opens the link form in the toolbar (a link is started: this is its second passage). */
  onLinkHere: () => void
  /** The first passage is held: the toolbar closes so the user can go and find the second. */
  onStarted: () => void
}

export function LinkButton({ selection, enabled, onLinkHere, onStarted }: Props) {
  const { t } = useTranslation('links', { keyPrefix: 'button' })
  const links = useLinks()
  const session = usePaneSession()
  const articleId = session.loaded?.id ?? null
  const act = () => {
    if (!links || !articleId) return false
    if (links.pending) return onLinkHere()
    links.start({ articleId, start: selection.start, end: selection.end, quote: selection.quote })
    window.getSelection()?.removeAllRanges() // held by the bar now; the next selection is the other end
    onStarted()
  }
  useShortcut(session.id, SELECTION_SHORTCUTS.link, () => (enabled ? act() : false))
  if (!links || !articleId) return null
  return (
    <button
      type="button"
      className={`small${links.pending ? ' primary' : ''}`}
      onClick={act}
      title={links.pending ? t('linkHereTitle') : t('linkTitle')}
    >
      {links.pending ? t('linkHere') : t('link')}
    </button>
  )
}
