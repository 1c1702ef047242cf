import { createServer, type Server } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rawRequest } from '../../tests/support/http-request'
import type { ApiHandlers } from '../api/dispatch'
import { startLastingWebHost } from './lasting-web-host'
import type { WebHost } from './web-host'

// One cheap method is enough to see whether a call with a given token gets through.
const handlers = { listFolders: () => [] } as unknown as ApiHandlers
let dir: string
let running: WebHost[] = []
let squatters: Server[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-lasting-'))
  await mkdir(join(dir, 'renderer'))
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>page</title>')
})
afterEach(async () => {
  await Promise.all(running.map((host) => host.close()))
  await Promise.all(squatters.map((server) => new Promise((done) => server.close(done))))
  running = []
  squatters = []
  await rm(dir, { recursive: true, force: true })
})

async function start(options: { port?: number; renewToken?: boolean } = {}) {
  const started = await startLastingWebHost({
    dataDir: dir,
    rendererDir: join(dir, 'renderer'),
    handlers,
    log: () => undefined,
    ...options
  })
  running.push(started.host)
  return started
}
const stop = async (host: WebHost) => {
  await host.close()
  running = running.filter((other) => other !== host)
}
/** A call as the page left open before the restart makes it: its origin, its token. */
const callWith = (host: Pick<WebHost, 'origin'>, token: string) =>
  rawRequest(host.origin, '/api/listFolders', {
    method: 'POST',
    headers: {
      Host: new URL(host.origin).host,
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json'
    },
    body: '{}'
  })

describe('web mode across a restart', () => {
  it('answers at the same address, and the old token still works', async () => {
    const first = await start()
    expect((await callWith(first.host, first.host.token)).status).toBe(200)
    await stop(first.host)
    const second = await start()
    expect(second.host.url).toBe(first.host.url)
    expect(second.notes).toEqual([])
    expect((await callWith(first.host, first.host.token)).status).toBe(200)
    expect((await callWith(first.host, 'A'.repeat(32))).status).toBe(401) // the token is still required
  })

  it('moves to a free port when the last one was taken, keeps the token, and says the address changed', async () => {
    const first = await start()
    await stop(first.host)
    const squatter = createServer()
    squatters.push(squatter)
    const port = Number(new URL(first.host.origin).port)
    await new Promise<void>((done) => squatter.listen(port, '127.0.0.1', done))
    const second = await start()
    expect(second.host.origin).not.toBe(first.host.origin)
    expect(second.host.token).toBe(first.host.token)
    expect(second.notes.join(' ')).toContain(`Port ${port}, used last time, is taken by another program`)
    expect(second.notes.join(' ')).not.toContain(first.host.token)
    await stop(second.host)
    // The new port is the one asked for next time.
    expect((await start()).host.origin).toBe(second.host.origin)
  })

  it('fails rather than moves when the user named the port, and it is taken', async () => {
    const squatter = createServer()
    squatters.push(squatter)
    await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', done))
    const port = (squatter.address() as { port: number }).port
    await expect(start({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' })
  })

  it('a new token, when asked for, shuts out the old address', async () => {
    const first = await start()
    await stop(first.host)
    const second = await start({ renewToken: true })
    expect(second.host.origin).toBe(first.host.origin)
    expect(second.notes).toEqual(['A new access token was made, as asked: addresses printed before no longer work.'])
    expect((await callWith(second.host, first.host.token)).status).toBe(401)
    expect((await callWith(second.host, second.host.token)).status).toBe(200)
  })
})
