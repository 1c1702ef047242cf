// One writer per data folder. Electron also holds a single-instance lock, but web mode and a
// second copy of the app could share a folder, so the store takes a lock file. A lock left by a
// crashed process (its pid no longer running on this host) is taken over, not obeyed forever.
import { hostname as osHostname } from 'node:os'
import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

export const LOCK_FILE = 'crossread.lock'

export class StoreLockedError extends Error {
  override name = 'StoreLockedError'
}

export interface StoreLock {
  release(): Promise<void>
}

interface LockOwner {
  pid: number
  hostname: string
  startedAt: string
}

const defaultIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM' // alive, owned by someone else
  }
}

export async function acquireStoreLock(
  dataDir: string,
  self: LockOwner = { pid: process.pid, hostname: osHostname(), startedAt: new Date().toISOString() },
  isAlive: (pid: number) => boolean = defaultIsAlive
): Promise<StoreLock> {
  const path = join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, 'wx', 0o600)
      await file.writeFile(JSON.stringify(self))
      await file.sync()
      await file.close()
      return { release: () => releaseIfOurs(path, self) }
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err
    }
    const owner = await readOwner(path)
    const stale =
      owner === null || (owner.hostname === self.hostname && (owner.pid === self.pid || !isAlive(owner.pid)))
    if (!stale) {
      const where =
        owner.hostname === self.hostname ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.hostname}`
      throw new StoreLockedError(
        `Another Crossread (${where}, started ${owner.startedAt}) is using this data folder. Close it first, or start with another --data-dir. If it is not running, delete ${path}.`
      )
    }
    await rm(path, { force: true }) // left by a process that is gone
  }
  throw new StoreLockedError(`Could not take the lock ${path}; another Crossread keeps taking it.`)
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    return typeof owner.pid === 'number' && typeof owner.hostname === 'string'
      ? { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt) }
      : null
  } catch {
    return null // half-written by a crash: nobody owns it
  }
}

async function releaseIfOurs(path: string, self: LockOwner): Promise<void> {
  const owner = await readOwner(path)
  if (owner && owner.pid === self.pid && owner.hostname === self.hostname && owner.startedAt === self.startedAt)
    await rm(path, { force: true })
}
