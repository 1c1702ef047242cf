// The link being made and the link selected, app-wide: a link's two passages are usually chosen in
// two panes (or one after the other in one pane), so this state belongs to no single pane.
import { createContext, useContext } from 'react'
import type { LinkKind } from '../../../common/model/link-types'

/** A passage chosen as a link's first end: UTF-16 offsets into its article's text. */
export interface LinkPassage {
  articleId: string
  start: number
  end: number
  quote: string
}

export interface LinksState {
  /** The first end, while the user looks for the second. */
  pending: LinkPassage | null
  start(from: LinkPassage): void
  cancel(): void
  /** Links the pending passage to `to`. Resolves to null when done, or the reason worded for the
   * user when main refused it (the form stays open; a link kept in memory but unsaved is done). */
  complete(to: LinkPassage, kind: LinkKind, note: string): Promise<string | null>
  /** The link the user is looking at (a badge or a sidebar entry): the one whose connector is drawn. */
  selected: string | null
  select(id: string | null): void
}

export const LinksContext = createContext<LinksState | null>(null)

/** Null outside a LinksProvider (a component test): linking is then not offered. */
export const useLinks = () => useContext(LinksContext)
