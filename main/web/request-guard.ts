// Who may talk to the web host. Like a notebook server: a random token (made once per data folder
// and kept there owner-only, web-access-file.ts, so a restart keeps the address), plus Host and
// Origin checks so that a page on another site (or a DNS-rebound name pointing at 127.0.0.1)
// cannot use the user's browser to reach the API even if it guesses the port.
//
// The token is accepted only as an `Authorization: Bearer` header, never from a cookie: browsers
// do not scope cookies by port, so a cookie set here would be sent to every other service on
// 127.0.0.1, which could then replay it as a header. The page keeps the token itself (web-token.ts).
import { timingSafeEqual } from 'node:crypto'

export interface GuardConfig {
  token: string
  port: number
}

export interface RequestFacts {
  host: string | undefined
  origin: string | undefined
  secFetchSite: string | undefined
  authorization: string | undefined
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string }

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]
}

/** Whether the request comes from our own origin. Static files need nothing more: they hold no secret. */
export function checkOrigin(facts: RequestFacts, config: GuardConfig): GuardVerdict {
  const hosts = allowedHosts(config.port)
  if (!facts.host || !hosts.includes(facts.host.toLowerCase())) {
    return { ok: false, status: 403, reason: 'This Host header is not allowed: Crossread answers only on 127.0.0.1.' }
  }
  if (facts.origin !== undefined && !hosts.some((host) => facts.origin === `http://${host}`)) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' }
  }
  if (facts.secFetchSite === 'cross-site') {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' }
  }
  return { ok: true }
}

/** The API's check: our origin, and the host's token in the Authorization header. */
export function checkApiRequest(facts: RequestFacts, config: GuardConfig): GuardVerdict {
  const origin = checkOrigin(facts, config)
  if (!origin.ok) return origin
  const bearer = /^Bearer\s+(\S+)$/i.exec(facts.authorization ?? '')
  if (!bearer?.[1] || !sameToken(bearer[1], config.token)) {
    return {
      ok: false,
      status: 401,
      reason:
        'Missing or wrong access token: open the address Crossread printed in its terminal (the same at every start unless it says it changed).'
    }
  }
  return { ok: true }
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
