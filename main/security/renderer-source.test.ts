import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, chooseRendererUrl, resolveRendererFile } from './renderer-source'
import { isTrustedSender } from './trusted-sender'

describe('the renderer URL', () => {
  it.each([
    [
      'a production build ignores the dev server',
      { devServerUrl: 'http://localhost:5173/', developmentBuild: false },
      APP_ENTRY_URL
    ],
    ['a production build with it unset', { devServerUrl: undefined, developmentBuild: false }, APP_ENTRY_URL],
    [
      'a development build: its dev server',
      { devServerUrl: 'http://localhost:5173', developmentBuild: true },
      'http://localhost:5173/'
    ],
    [
      'a development build on 127.0.0.1',
      { devServerUrl: 'http://127.0.0.1:5173/', developmentBuild: true },
      'http://127.0.0.1:5173/'
    ],
    ['a development build without a dev server', { devServerUrl: undefined, developmentBuild: true }, APP_ENTRY_URL],
    ['never a page from the network', { devServerUrl: 'https://evil.example/', developmentBuild: true }, APP_ENTRY_URL],
    ['never another scheme', { devServerUrl: 'file:///tmp/evil.html', developmentBuild: true }, APP_ENTRY_URL],
    ['never a malformed address', { devServerUrl: 'not a url', developmentBuild: true }, APP_ENTRY_URL]
  ])('%s', (_name, env, expected) => {
    expect(chooseRendererUrl(env)).toBe(expected)
  })

  it('is trusted by the sender check only for its own page', () => {
    const page = { url: APP_ENTRY_URL, isTopLevel: true }
    expect(
      isTrustedSender(page, chooseRendererUrl({ devServerUrl: 'http://localhost:5173/', developmentBuild: false }))
    ).toBe(true)
    const devPage = { url: 'http://localhost:5173/', isTopLevel: true }
    expect(
      isTrustedSender(devPage, chooseRendererUrl({ devServerUrl: 'http://localhost:5173/', developmentBuild: false }))
    ).toBe(false)
  })
})

describe('app:// serves the built renderer folder and nothing else', () => {
  let dir: string
  let renderer: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crossread-app-protocol-'))
    renderer = join(dir, 'renderer')
    await mkdir(join(renderer, 'assets'), { recursive: true })
    await writeFile(join(renderer, 'index.html'), '<!doctype html>')
    await writeFile(join(renderer, 'assets', 'index-abc.js'), '')
    await writeFile(join(renderer, 'assets', 'สารบัญ.woff2'), '')
    await writeFile(join(dir, 'secret.txt'), 'outside')
    await writeFile(join(dir, 'renderer-evil.txt'), 'a sibling whose name starts like the folder')
    await symlink(join(dir, 'secret.txt'), join(renderer, 'assets', 'link.txt'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it.each([
    ['app://crossread/', 'index.html'],
    ['app://crossread/index.html', 'index.html'],
    ['app://crossread/assets/index-abc.js?v=1#x', 'assets/index-abc.js'],
    ['app://crossread/assets/%E0%B8%AA%E0%B8%B2%E0%B8%A3%E0%B8%9A%E0%B8%B1%E0%B8%8D.woff2', 'assets/สารบัญ.woff2']
  ])('%s → %s', (url, file) => {
    expect(resolveRendererFile(url, renderer)).toBe(join(renderer, file))
  })

  it.each([
    'app://crossread/../secret.txt',
    'app://crossread/%2e%2e/secret.txt',
    'app://crossread/..%2fsecret.txt',
    'app://crossread/assets/..%2f..%2fsecret.txt',
    'app://crossread/..%2frenderer-evil.txt',
    'app://crossread/%2Fetc%2Fpasswd',
    'app://crossread/..%5csecret.txt',
    'app://crossread/index.html%00.js',
    'app://crossread/%E0%A4%A',
    'app://crossread/assets',
    'app://crossread/assets/',
    'app://crossread/missing.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url'
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(url, renderer)).toBeNull()
  })

  it('refuses a link inside the folder that points outside it', () => {
    expect(resolveRendererFile('app://crossread/assets/link.txt', renderer)).toBeNull()
  })
})
