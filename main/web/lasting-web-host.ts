// The web host as `npm run web` starts it: with the data folder's kept token, on the port of the
// last start when it is free, so that a restart keeps the address and tabs left open reconnect.
// What changed (a new token, another port) is returned as sentences for the terminal.
import { keepWebAccess, openWebAccess } from './web-access-file'
import { startWebHost, type WebHost, type WebHostOptions } from './web-host'

export interface LastingWebHostOptions extends Omit<WebHostOptions, 'token' | 'port' | 'orAnyPort'> {
  dataDir: string
  /** A port the user asked for: used as is (starting fails if it is taken), and kept for next time. */
  port?: number
  /** Make a new token (the old address stops working), as after sharing the address by mistake. */
  renewToken?: boolean
}

export interface LastingWebHost {
  host: WebHost
  /** For the terminal, never holding the token. */
  notes: string[]
}

export async function startLastingWebHost(options: LastingWebHostOptions): Promise<LastingWebHost> {
  const { dataDir, port: askedPort, renewToken, ...hostOptions } = options
  const access = await openWebAccess(dataDir, { renew: renewToken })
  const notes = [...access.notes]
  if (renewToken) notes.push('A new access token was made, as asked: addresses printed before no longer work.')
  const preferred = askedPort ?? access.port ?? 0
  const host = await startWebHost({
    ...hostOptions,
    token: access.token,
    port: preferred,
    orAnyPort: askedPort === undefined
  })
  const port = Number(new URL(host.origin).port)
  if (askedPort === undefined && access.port !== null && port !== access.port) {
    notes.push(
      `Port ${access.port}, used last time, is taken by another program, so the address changed: a tab still open at http://127.0.0.1:${access.port} cannot reconnect; open the address below instead.`
    )
  }
  if (port !== access.port) {
    const unsaved = await keepWebAccess(dataDir, { token: access.token, port })
    if (unsaved && !notes.includes(unsaved)) notes.push(unsaved)
  }
  return { host, notes }
}
