// Where the window's page comes from, decided here so it can be tested without Electron. A
// packaged or production build always loads the bundled renderer from the app:// scheme; the
// dev server's address (ELECTRON_RENDERER_URL) is honoured only by a development build, since
// the IPC sender check trusts whatever origin this returns.
//
// app:// rather than file://, as Electron's security checklist advises: a file:// page shares its
// origin with every file on the disk, while app://crossread/ is one origin that serves only the
// built renderer folder (resolveRendererFile refuses everything else).
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'crossread'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** `developmentBuild`: a build-time development flag and an unpackaged app, both. */
export function chooseRendererUrl(env: { devServerUrl: string | undefined; developmentBuild: boolean }): string {
  if (!env.developmentBuild || !env.devServerUrl) return APP_ENTRY_URL
  try {
    const url = new URL(env.devServerUrl)
    // Even in development, only a dev server on this machine: never a page from the network.
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname)) return url.href
  } catch {
    // not a URL: fall through to the bundled renderer
  }
  return APP_ENTRY_URL
}

/** True when `path` is `root` itself or below it, by name. */
function within(root: string, path: string): boolean {
  const inside = relative(root, path)
  return inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)
}

/** A regular file that is inside `root` by name and, links resolved, in fact. */
function isFileInside(root: string, file: string): boolean {
  try {
    const real = realpathSync(file)
    return within(realpathSync(root), real) && statSync(real).isFile()
  } catch {
    return false
  }
}

/**
 * The file inside `rendererDir` that an app:// request names, or null (wrong host, a path that
 * leaves the folder however it is spelt or through a link, a folder, a missing file).
 */
export function resolveRendererFile(requestUrl: string, rendererDir: string): string | null {
  let url: URL
  let path: string
  try {
    url = new URL(requestUrl)
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || path.includes('\0')) return null
  const root = resolve(rendererDir)
  const file = resolve(root, path === '/' ? 'index.html' : `.${path}`)
  return file !== root && within(root, file) && isFileInside(root, file) ? file : null
}
