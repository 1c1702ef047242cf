// The app:// scheme the window loads the built renderer from (why: security/renderer-source.ts).
import { pathToFileURL } from 'node:url'
import { net, protocol } from 'electron'
import { APP_SCHEME, resolveRendererFile } from '../security/renderer-source'

/** Before the app is ready. Standard and secure: relative URLs, CSP 'self' and ES modules work as under https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Once ready: answers from the renderer folder only; any other path is a 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveRendererFile(request.url, rendererDir)
    return file ? net.fetch(pathToFileURL(file).href) : new Response('Not found.', { status: 404 })
  })
}
