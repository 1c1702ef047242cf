// Holds the link being made for the whole app (links-context.ts), shows it in a small bar while the
// user selects the second passage, and creates the link through the API when they confirm.
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { LinkKind } from '../../../common/model/link-types'
import { api } from '../api/client'
import { GLOBAL_SCOPE } from '../keys/keymap-registry'
import { LINK_SHORTCUTS } from '../keys/shortcuts'
import { useShortcut } from '../keys/use-shortcut'
import { LinksContext, type LinkPassage, type LinksState } from './links-context'
import { PendingLinkBar } from './PendingLinkBar'
import './links.css'

export function LinksProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('links')
  const [pending, setPending] = useState<LinkPassage | null>(null)
  const [selected, select] = useState<string | null>(null)
  /** Said after the form closed: a link done but not yet saved, or a failure to reach main. */
  const [notice, setNotice] = useState<string | null>(null)
  const cancel = useCallback(() => setPending(null), [])
  const start = useCallback((from: LinkPassage) => {
    setNotice(null)
    setPending(from)
  }, [])

  const complete = useCallback(
    async (to: LinkPassage, kind: LinkKind, note: string): Promise<string | null> => {
      if (!pending) return t('cancelled')
      const ends = { from: rangeOf(pending), to: rangeOf(to) }
      let answer: Awaited<ReturnType<typeof api.createLink>>
      try {
        answer = await api.createLink({ ...ends, kind, note })
      } catch (thrown) {
        return t('unreachable', { reason: thrown instanceof Error ? thrown.message : String(thrown) })
      }
      // 'failed': the link is made and kept in memory, only not yet on disk (main keeps retrying).
      if (!answer.ok && answer.error.code !== 'failed') return answer.error.message
      setPending(null)
      setNotice(answer.ok ? null : answer.error.message)
      if (answer.ok) select(answer.value.id)
      return null
    },
    [pending, t]
  )

  // Esc anywhere stops linking; a selection toolbar open in the pane in use closes first.
  useShortcut(GLOBAL_SCOPE, LINK_SHORTCUTS.cancel, () => (pending ? cancel() : false))

  const value = useMemo<LinksState>(
    () => ({ pending, start, cancel, complete, selected, select }),
    [pending, start, cancel, complete, selected]
  )
  return (
    <LinksContext value={value}>
      {children}
      {(pending || notice) && (
        <PendingLinkBar pending={pending} notice={notice} onCancel={cancel} onDismiss={() => setNotice(null)} />
      )}
    </LinksContext>
  )
}

const rangeOf = ({ articleId, start, end }: LinkPassage) => ({ articleId, start, end })
