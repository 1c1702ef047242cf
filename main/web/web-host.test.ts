import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawRequest } from '../../tests/support/http-request'
import { startServices, type Services } from '../app/start-services'
import { startWebHost, type WebHost } from './web-host'
import { tokenCookieName } from './request-guard'

let dir: string
let host: WebHost
let services: Services
const opened: string[] = []
let port: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-web-'))
  await mkdir(join(dir, 'renderer'))
  await mkdir(join(dir, 'articles'))
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Crossread test page</title>')
  await writeFile(
    join(dir, 'articles', 'one.txt'),
    'Kinhtedothi - 2024 - หัวข้อข่าว\nย่อหน้าแรก\nที่มา: https://kinhtedothi.vn/a.html\n'
  )
  await writeFile(join(dir, 'articles', 'two.txt'), 'Báo Nhân dânBáo Nhân dân18/10/2025\nไม่มีที่มา\nที่มา: file:///etc/passwd\n')
  services = await startServices({
    dataDir: join(dir, 'data'),
    bundledFolder: join(dir, 'articles'),
    watch: false,
    openExternal: async (url) => void opened.push(url)
  })
  await services.synced
  host = await startWebHost({ rendererDir: join(dir, 'renderer'), maxBodyBytes: 4096, log: () => undefined, handlers: services.handlers })
  port = new URL(host.origin).port
})

afterAll(async () => {
  await host.close()
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

const self = () => `127.0.0.1:${port}`
const withToken = (extra: Record<string, string> = {}) => ({
  Host: self(),
  Authorization: `Bearer ${host.token}`,
  'Content-Type': 'application/json',
  ...extra
})
const api = (method: string, body: unknown, headers: Record<string, string> = withToken()) =>
  rawRequest(host.origin, `/api/${method}`, { method: 'POST', headers, body: JSON.stringify(body) })

describe('web host: the token', () => {
  it('swaps the token in the printed address for an HttpOnly same-site cookie', async () => {
    const first = await rawRequest(host.origin, `/?token=${host.token}`, { headers: { Host: self() } })
    expect(first.status).toBe(303)
    expect(first.headers.location).toBe('/')
    const cookie = String(first.headers['set-cookie'])
    expect(cookie).toContain(`${tokenCookieName(Number(port))}=${host.token}`)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)

    const page = await rawRequest(host.origin, '/', { headers: { Host: self(), Cookie: cookie.split(';')[0] ?? '' } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Crossread test page')
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/)
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
  })

  it('refuses the page and the API without the token, or with a wrong one', async () => {
    expect((await rawRequest(host.origin, '/', { headers: { Host: self() } })).status).toBe(401)
    expect((await rawRequest(host.origin, '/?token=guess', { headers: { Host: self() } })).status).toBe(401)
    const noToken = await api('listArticles', {}, { Host: self(), 'Content-Type': 'application/json' })
    expect(noToken.status).toBe(401)
    expect(JSON.parse(noToken.body).error.message).toMatch(/access token/)
    const wrong = await api('listArticles', {}, withToken({ Authorization: 'Bearer nope' }))
    expect(wrong.status).toBe(401)
  })
})

describe('web host: who may call', () => {
  it('refuses a foreign Origin even with the token', async () => {
    const response = await api('listArticles', {}, withToken({ Origin: 'http://evil.example' }))
    expect(response.status).toBe(403)
    expect(JSON.parse(response.body).ok).toBe(false)
  })

  it('refuses a DNS-rebinding Host header even with the token', async () => {
    const response = await api('listArticles', {}, withToken({ Host: `attacker.example:${port}` }))
    expect(response.status).toBe(403)
    expect(JSON.parse(response.body).error.message).toMatch(/Host/)
  })

  it('refuses a cross-site fetch marked by the browser', async () => {
    const response = await api('listArticles', {}, withToken({ 'Sec-Fetch-Site': 'cross-site' }))
    expect(response.status).toBe(403)
  })

  it('accepts its own origin, on 127.0.0.1 and localhost', async () => {
    expect((await api('listArticles', {}, withToken({ Origin: host.origin }))).status).toBe(200)
    const viaLocalhost = withToken({ Host: `localhost:${port}`, Origin: `http://localhost:${port}` })
    expect((await api('listArticles', {}, viaLocalhost)).status).toBe(200)
  })
})

describe('web host: the API', () => {
  it('answers the API table through the same handlers as Electron', async () => {
    const response = await api('listArticles', {})
    expect(response.status).toBe(200)
    const body = JSON.parse(response.body)
    expect(body.ok).toBe(true)
    expect(body.value.map((a: { title: string }) => a.title)).toEqual(['หัวข้อข่าว', 'ไม่มีที่มา'])
  })

  it('gives a 400 with a readable message when the input fails the schema', async () => {
    const response = await api('getArticle', { id: '../../etc/passwd' })
    expect(response.status).toBe(400)
    const body = JSON.parse(response.body)
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(body.error.message).toMatch(/article id/)
    expect(body.error.message).not.toMatch(/at .*\.ts:\d+/)
  })

  it('refuses unknown fields, unknown methods, non-JSON and oversized bodies', async () => {
    expect((await api('listArticles', { extra: 1 })).status).toBe(400)
    expect((await api('deleteEverything', {})).status).toBe(404)
    const text = await rawRequest(host.origin, '/api/listArticles', { method: 'POST', headers: withToken(), body: '{not json' })
    expect(text.status).toBe(400)
    const plain = await rawRequest(host.origin, '/api/listArticles', {
      method: 'POST',
      headers: withToken({ 'Content-Type': 'text/plain' }),
      body: '{}'
    })
    expect(plain.status).toBe(415)
    const huge = await api('getArticle', { id: 'x'.repeat(10_000) })
    expect(huge.status).toBe(413)
  })

  it('opens only http(s) sources, through main', async () => {
    const ids = Object.fromEntries(services.library.list().map((article) => [article.file, article.id]))
    const ok = await api('openSource', { id: ids['one.txt'] })
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { opened: 'https://kinhtedothi.vn/a.html' } })
    expect(opened).toEqual(['https://kinhtedothi.vn/a.html'])
    const refused = await api('openSource', { id: ids['two.txt'] })
    expect(refused.status).toBe(403)
    expect(opened).toHaveLength(1)
  })

  it('answers not-found for an id that is not in the library', async () => {
    const response = await api('getArticle', { id: 'missing' })
    expect(response.status).toBe(404)
    expect(JSON.parse(response.body).error.message).toMatch(/no longer in the library/)
  })
})
