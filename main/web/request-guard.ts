// Who may talk to the web host. Like a notebook server: a random token per launch, plus Host and
// Origin checks so that a page on another site (or a DNS-rebound name pointing at 127.0.0.1)
// cannot use the user's browser to reach the API even if it guesses the port.
import { timingSafeEqual } from 'node:crypto'

export interface GuardConfig {
  token: string
  port: number
}

export interface RequestFacts {
  host: string | undefined
  origin: string | undefined
  secFetchSite: string | undefined
  cookie: string | undefined
  authorization: string | undefined
}

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string }

export const tokenCookieName = (port: number): string => `crossread-token-${port}`

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]
}

export function checkRequest(facts: RequestFacts, config: GuardConfig): GuardVerdict {
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
  if (!presentedToken(facts, config.port).some((candidate) => sameToken(candidate, config.token))) {
    return { ok: false, status: 401, reason: 'Missing or wrong access token: open the address Crossread printed when it started.' }
  }
  return { ok: true }
}

function presentedToken(facts: RequestFacts, port: number): string[] {
  const found: string[] = []
  const bearer = /^Bearer\s+(\S+)$/i.exec(facts.authorization ?? '')
  if (bearer?.[1]) found.push(bearer[1])
  for (const part of (facts.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === tokenCookieName(port)) found.push(value.join('='))
  }
  return found
}

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
