// Web mode's access token stays with its page. The printed address carries it in the fragment
// (`#token=…`), which browsers never send to a server nor log; the page moves it into this tab's
// sessionStorage (so a reload works) and out of the address bar, and sends it as a header on each
// API call. Never a cookie: browsers send cookies to every port of 127.0.0.1, so another local
// service would receive it.

export const TOKEN_KEY = 'crossread-token'
/** The command that started the host (`npm start` or `npm run web`), kept as the token is. */
export const COMMAND_KEY = 'crossread-run'

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
  const command = fragment.get('run')
  fragment.delete('token')
  fragment.delete('run')
  if (command) keep(storage, COMMAND_KEY, command)
  const rest = fragment.toString()
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`)
  if (offered === '') return storage.getItem(TOKEN_KEY)
  keep(storage, TOKEN_KEY, offered)
  return offered
}

function keep(storage: TokenPlace['storage'], key: string, value: string): void {
  try {
    storage.setItem(key, value)
  } catch {
    // Storage refused (a private window's quota): the value still lives in memory for this page.
  }
}

/** The command to name when the host stops answering: the one that started it, as far as the page knows. */
export const launchCommand = (storage: Pick<Storage, 'getItem'>): string =>
  storage.getItem(COMMAND_KEY) ?? 'npm run web'

/** This tab's sessionStorage, or a page-long stand-in where the browser forbids storage. */
export function tabStorage(): TokenPlace['storage'] {
  try {
    return window.sessionStorage
  } catch {
    const memory = new Map<string, string>()
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) }
  }
}
