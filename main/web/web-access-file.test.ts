import { chmod, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exposureOf, keepWebAccess, openWebAccess, WEB_ACCESS_FILE } from './web-access-file'

let dataDir: string
const file = () => join(dataDir, WEB_ACCESS_FILE)
const posix = process.platform !== 'win32'

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crossread-web-access-'))
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

describe('the web access file', () => {
  it('is created on the first start, readable by its owner only, holding a long random token', async () => {
    const access = await openWebAccess(dataDir)
    expect(access.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(access.port).toBeNull()
    expect(access.notes).toEqual([]) // a first start has nothing to explain
    if (posix) expect((await stat(file())).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual({ token: access.token, port: null })
  })

  it('gives the same token and the last port at the next start', async () => {
    const first = await openWebAccess(dataDir)
    expect(await keepWebAccess(dataDir, { token: first.token, port: 48123 })).toBeNull()
    const second = await openWebAccess(dataDir)
    expect(second).toEqual({ token: first.token, port: 48123, notes: [] })
    if (posix) expect((await stat(file())).mode & 0o777).toBe(0o600)
  })

  it('makes a new token, and says why, when the file is damaged', async () => {
    const first = await openWebAccess(dataDir)
    await writeFile(file(), '{"token": "short"', { mode: 0o600 })
    const second = await openWebAccess(dataDir)
    expect(second.token).not.toBe(first.token)
    expect(second.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(second.notes.join(' ')).toContain('was damaged')
    expect(second.notes.join(' ')).not.toContain(second.token)
    expect(JSON.parse(await readFile(file(), 'utf8')).token).toBe(second.token)
  })

  it.runIf(posix)('makes a new token when other users could have read the old one, and closes the file', async () => {
    const first = await openWebAccess(dataDir)
    await chmod(file(), 0o644)
    const second = await openWebAccess(dataDir)
    expect(second.token).not.toBe(first.token)
    expect(second.notes.join(' ')).toContain('could be read by other users (mode 644, not 600)')
    expect((await stat(file())).mode & 0o777).toBe(0o600)
  })

  it.runIf(posix)('does not follow a link put in the file’s place', async () => {
    const elsewhere = join(dataDir, 'elsewhere.json')
    await writeFile(elsewhere, JSON.stringify({ token: 'A'.repeat(32), port: 1 }), { mode: 0o600 })
    await symlink(elsewhere, file())
    const access = await openWebAccess(dataDir)
    expect(access.token).not.toBe('A'.repeat(32))
    expect(access.notes.join(' ')).toContain('not a plain file')
    expect(JSON.parse(await readFile(elsewhere, 'utf8')).token).toBe('A'.repeat(32)) // untouched
  })

  it('keeps the port but not the token when asked for a new token', async () => {
    const first = await openWebAccess(dataDir)
    await keepWebAccess(dataDir, { token: first.token, port: 48124 })
    const renewed = await openWebAccess(dataDir, { renew: true })
    expect(renewed.token).not.toBe(first.token)
    expect(renewed.port).toBe(48124)
    expect((await openWebAccess(dataDir)).token).toBe(renewed.token)
  })

  it('still gives a token for this start when the data folder cannot be written, and says so', async () => {
    const missing = join(dataDir, 'gone', 'deeper')
    const access = await openWebAccess(missing)
    expect(access.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(access.notes).toEqual([
      'The access token could not be kept in the data folder (the data folder is gone): the address will change at the next start.'
    ])
  })
})

describe('which file modes give the token away', () => {
  const me = 1000
  it('accepts owner-only modes of the same user', () => {
    expect(exposureOf({ mode: 0o100600, uid: me }, 'linux', me)).toBeNull()
    expect(exposureOf({ mode: 0o100400, uid: me }, 'darwin', me)).toBeNull()
  })
  it('refuses group or world bits, and another owner', () => {
    expect(exposureOf({ mode: 0o100640, uid: me }, 'linux', me)).toContain('mode 640')
    expect(exposureOf({ mode: 0o100602, uid: me }, 'linux', me)).toContain('mode 602')
    expect(exposureOf({ mode: 0o100600, uid: 0 }, 'linux', me)).toContain('belongs to another user')
  })
  it('skips the check on Windows, which keeps no POSIX modes', () => {
    expect(exposureOf({ mode: 0o100666, uid: 0 }, 'win32', undefined)).toBeNull()
  })
})
