import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isOpenableUrl } from '../api/external-url'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from './content-security-policy'
import { isTrustedSender } from './trusted-sender'
import { secureWebPreferences } from './web-preferences'

describe('renderer web preferences', () => {
  it('isolate, sandbox and keep Node out of every frame', () => {
    expect(secureWebPreferences('/app/preload/index.cjs')).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
  })

  it('are the ones the window factory uses', () => {
    const shell = readFileSync(join(import.meta.dirname, '../shell/main-window.ts'), 'utf8')
    expect(shell).toMatch(/webPreferences: secureWebPreferences\(/)
  })
})

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY_HEADER.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name ?? '', values]
    })
  )

  it('starts from nothing and allows no inline script, eval or remote source', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*|data:/)
  })

  it('is in the built index.html that Electron loads', () => {
    const built = join(import.meta.dirname, '../../out/renderer/index.html')
    if (!existsSync(built)) throw new Error('Build the renderer first (npm run build); npm test does.')
    const html = readFileSync(built, 'utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline script
  })
})

describe('IPC sender check', () => {
  const app = 'app://crossread/index.html'
  const file = 'file:///opt/crossread/out/renderer/index.html'
  it.each([
    [{ url: app, isTopLevel: true }, app, true],
    [{ url: `${app}#reader`, isTopLevel: true }, app, true],
    [{ url: 'app://crossread/assets/other.html', isTopLevel: true }, app, true],
    [{ url: app, isTopLevel: false }, app, false],
    [{ url: 'app://other/index.html', isTopLevel: true }, app, false],
    [{ url: 'evil://crossread/index.html', isTopLevel: true }, app, false], // URL.origin is "null" for both
    [{ url: 'evil://x/', isTopLevel: true }, 'app://crossread/', false],
    [{ url: 'file:///tmp/evil.html', isTopLevel: true }, app, false],
    [{ url: 'https://example.com/', isTopLevel: true }, app, false],
    [{ url: file, isTopLevel: true }, file, true],
    [{ url: 'file:///tmp/evil.html', isTopLevel: true }, file, false],
    [{ url: 'http://localhost:5173/index.html', isTopLevel: true }, 'http://localhost:5173/', true],
    [{ url: 'http://localhost:5174/', isTopLevel: true }, 'http://localhost:5173/', false],
    [null, app, false]
  ])('%j from %s → %s', (frame, rendererUrl, expected) => {
    expect(isTrustedSender(frame, rendererUrl)).toBe(expected)
  })
})

describe('external links', () => {
  it.each([
    ['https://nhandan.vn/a.html', true],
    ['http://baolangson.vn/b', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['vscode://open?x', false],
    ['https://user:pw@example.com/', false],
    ['not a url', false]
  ])('%s → %s', (url, expected) => {
    expect(isOpenableUrl(url)).toBe(expected)
  })
})
