// Web mode's access token stays with its page. The printed address carries it in the fragment
// (`#token=…`), which browsers never send to a server nor log; the page moves it into this tab's
// sessionStorage (so a reload works) and out of the address bar, and sends it as a header on each
// API call. Never a cookie: browsers send cookies to every port of 127.0.0.1, so another local
// service would receive it.

export const TOKEN_KEY = 'crossread-token'

export interface TokenPlace {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>
  storage: Pick<Storage, 'getItem' | 'setItem'>
  history: Pick<History, 'replaceState' | 'state'>
}

/** The token for this tab: a fresh one from the address wins (a new launch), else the stored one. */
export function takeWebToken({ location, storage, history }: TokenPlace): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''))
  const offered = fragment.get('token')
  if (offered === null) return storage.getItem(TOKEN_KEY)
  fragment.delete('token')
  const rest = fragment.toString()
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`)
  if (offered === '') return storage.getItem(TOKEN_KEY)
  try {
    storage.setItem(TOKEN_KEY, offered)
  } catch {
    // Storage refused (a private window's quota): the token still lives in memory for this page.
  }
  return offered
}

/** This tab's sessionStorage, or a page-long stand-in where the browser forbids storage. */
export function tabStorage(): TokenPlace['storage'] {
  try {
    return window.sessionStorage
  } catch {
    const memory = new Map<string, string>()
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) }
  }
}
