// Local web mode and the end-to-end test host: serves the built renderer and answers the API table
// over HTTP on 127.0.0.1 only, through the same dispatch as Electron's IPC.
import { IMPORT_MAX_BYTES } from '../../common/model/export'
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import sirv from 'sirv'
import type { ApiErrorCode } from '../../common/errors/api-error'
import { dispatch, type ApiHandlers } from '../api/dispatch'
import { CONTENT_SECURITY_POLICY_HEADER } from '../security/content-security-policy'
import { listenOnLoopback } from './listen-on-loopback'
import { readJsonBody, RequestBodyError } from './read-json-body'
import { checkApiRequest, checkOrigin, type GuardConfig } from './request-guard'

export interface WebHostOptions {
  rendererDir: string
  handlers: ApiHandlers
  /** 0 (the default) picks a free port. */
  port?: number
  /** When `port` is taken, listen on any free port instead of failing (a restart's preferred port). */
  orAnyPort?: boolean
  token?: string
  maxBodyBytes?: number
  log?: (message: string) => void
  /** The command that started this host (`npm start`, `npm run web`): the page names it if the host stops answering. */
  launchCommand?: string
}

export interface WebHost {
  origin: string
  /**
   * The address to open. The token rides in the fragment, which browsers never send to a server
   * (nor log); the page moves it to its tab's sessionStorage and sends it as a header.
   */
  url: string
  token: string
  close(): Promise<void>
}

const STATUS_FOR: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  'unknown-method': 404,
  'not-found': 404,
  refused: 403,
  failed: 500
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const log = options.log ?? console.error
  const guard: GuardConfig = { token, port: 0 }
  const serveStatic = sirv(options.rendererDir, { etag: true, dotfiles: false })

  const server = createServer((req, res) => {
    setSecurityHeaders(res)
    handle(req, res).catch((err: unknown) => {
      log(`[web] ${req.method} ${req.url}: ${String(err)}`)
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error.')
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const facts = {
      host: req.headers.host,
      origin: req.headers.origin,
      secFetchSite: header(req, 'sec-fetch-site'),
      authorization: req.headers.authorization
    }
    if (url.pathname.startsWith('/api/')) {
      const verdict = checkApiRequest(facts, guard)
      if (!verdict.ok) return refuse(res, verdict.status, verdict.reason, true)
      return answerApi(req, res, url.pathname.slice('/api/'.length))
    }
    // The built renderer holds no secret: it is served to our own origin without the token.
    const verdict = checkOrigin(facts, guard)
    if (!verdict.ok) return refuse(res, verdict.status, verdict.reason, false)
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET is served here.', false)
    serveStatic(req, res, () => send(res, 404, 'text/plain', 'Not found.'))
  }

  async function answerApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'API calls use POST.', true)
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return refuse(res, 415, 'API calls send JSON (Content-Type: application/json).', true)
    }
    let input: unknown
    try {
      // An imported file travels in its call (base64, a third larger); every other call is small.
      const limit =
        method === 'importAnnotations' ? (IMPORT_MAX_BYTES * 4) / 3 + 4096 : (options.maxBodyBytes ?? 1024 * 1024)
      input = await readJsonBody(req, limit)
    } catch (err) {
      if (err instanceof RequestBodyError) return refuse(res, err.status, err.message, true)
      throw err
    }
    const response = await dispatch(options.handlers, method, input, log)
    send(res, response.ok ? 200 : STATUS_FOR[response.error.code], 'application/json', JSON.stringify(response))
  }

  guard.port = await listenOnLoopback(server, options.port ?? 0, options.orAnyPort)
  const origin = `http://127.0.0.1:${guard.port}`
  return {
    origin,
    url: `${origin}/#token=${token}${options.launchCommand ? `&run=${encodeURIComponent(options.launchCommand)}` : ''}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY_HEADER)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
  res.setHeader('Cache-Control', 'no-store')
}

function refuse(res: ServerResponse, status: number, message: string, asJson: boolean): void {
  if (asJson) {
    const code: ApiErrorCode = status === 400 || status === 413 || status === 415 ? 'invalid-input' : 'refused'
    send(res, status, 'application/json', JSON.stringify({ ok: false, error: { code, message } }))
  } else {
    send(res, status, 'text/plain', message)
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  // Encoded once: given a string, Node measures its UTF-8 length for Content-Length and then
  // encodes it again to write it (~1 ms for a common word's 200 kB answer with Thai snippets).
  const bytes = Buffer.from(body, 'utf8')
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Length': bytes.length })
  res.end(bytes)
}
