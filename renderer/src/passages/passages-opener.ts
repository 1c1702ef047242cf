// How the codebook (a tag's count) and the About tab's themes open the passages view, which the app
// shows in the library's place. A context, as for the theme review: the openers sit deep in the sidebar.
import { createContext, useContext } from 'react'
import type { PassageFilter } from '../../../common/model/passages'

/** Opens the passages view on a filter; null where the app shows no passages view (a test, another host). */
export const PassagesOpener = createContext<((filter: PassageFilter) => void) | null>(null)

export const usePassagesOpener = () => useContext(PassagesOpener)
