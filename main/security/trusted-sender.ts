/**
 * True when an IPC message comes from the app's own page: the top-level frame showing the
 * bundled renderer (app://crossread/), or in a development build the dev server's origin.
 * Anything else (a navigated frame, an iframe, a devtools extension) is refused before its input
 * is even parsed.
 */
export function isTrustedSender(frame: { url: string; isTopLevel: boolean } | null, rendererUrl: string): boolean {
  if (!frame || !frame.isTopLevel) return false
  let actual: URL
  let expected: URL
  try {
    actual = new URL(frame.url)
    expected = new URL(rendererUrl)
  } catch {
    return false
  }
  if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname
  // Compared part by part: URL.origin is the string "null" for every custom scheme (app:, evil:),
  // so comparing origins would trust any of them.
  return actual.protocol === expected.protocol && actual.host === expected.host && actual.host !== ''
}
