// Replace a file so that a crash leaves either the old or the new version, never a torn one:
// write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  options: { createFolder?: boolean } = {}
): Promise<void> {
  const folder = dirname(path)
  if (options.createFolder) await mkdir(folder, { recursive: true })
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const file = await open(temp, 'wx', 0o600)
  try {
    await file.writeFile(data)
    await file.sync()
  } catch (err) {
    await file.close()
    await rm(temp, { force: true })
    throw err
  }
  await file.close()
  try {
    await rename(temp, path)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
  await syncFolder(folder)
}

/** Makes a rename or a new file's name in `folder` durable. Windows cannot open a folder for fsync: skipped there. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
