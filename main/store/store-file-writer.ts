// Writes one file of the store through lowdb, durably, backing up its last good version first when
// a backup is due: before the file is first replaced in a session, then every ten minutes. A new
// file's first backup is taken at its first write (of what is written: there is nothing older).
import { Low, type Adapter } from 'lowdb'
import type { z } from 'zod'
import { STORE_VERSION } from './store-schemas'
import { sealedJson } from '../storage/sealed-json'
import { writeFileDurably } from '../storage/write-file-durably'
import { backUp } from './backups'
import { parseStoreFile } from './read-store-file'
import { storePath } from './store-layout'

/** lowdb's adapter, made durable: temp file, fsync, rename, fsync the folder. */
class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly writeFile: typeof writeFileDurably
  ) {}
  async read(): Promise<T | null> {
    return null // reading (with recovery) is read-store-file.ts's job
  }
  async write(data: T): Promise<void> {
    await this.writeFile(this.path, sealedJson(data as object), { createFolder: true }) // a deleted folder comes back
  }
}

export interface FileWriterOptions {
  dataDir: string
  backupEveryMs?: number
  backupsKept?: () => number
  now: () => Date
  /** Injected in tests to simulate a full disk. */
  writeFile?: typeof writeFileDurably
}

export class StoreFileWriter {
  private readonly lastBackup = new Map<string, number>()

  constructor(private readonly options: FileWriterOptions) {}

  async write<T>(name: string, data: T, schema: z.ZodType<T>): Promise<void> {
    const path = storePath(this.options.dataDir, name)
    const now = this.options.now()
    if (now.getTime() - (this.lastBackup.get(name) ?? -Infinity) >= (this.options.backupEveryMs ?? 10 * 60_000)) {
      this.lastBackup.set(name, now.getTime())
      const source = {
        isValid: (bytes: Uint8Array) => parseStoreFile(bytes, schema, STORE_VERSION).ok,
        inMemory: () => sealedJson(data as object)
      }
      await backUp(this.options.dataDir, path, name, now, source, this.options.backupsKept?.()).catch(() => undefined) // a failed backup never blocks a save
    }
    await new Low<T>(new DurableJsonAdapter<T>(path, this.options.writeFile ?? writeFileDurably), data).write()
  }
}
