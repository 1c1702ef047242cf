/** Only web pages leave the app: no file:, javascript:, custom protocol handlers or credentials. */
export function isOpenableUrl(candidate: string): boolean {
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return false
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === ''
}
