// A small file of the user's in the data folder, read once at launch and rewritten whole: the
// reader's layout, the reading settings, the shortcut keys. One that cannot be read is set aside
// (renamed, never written over) and the defaults are used, with a notice; a write that fails keeps
// the value in memory and says so (user-file-writes.ts).
import { readFile, rename } from 'node:fs/promises'
import { UserFileWrites } from './user-file-writes'
import { writeFileDurably } from './write-file-durably'

export interface UserJsonFileSpec<T> {
  /** The value while the file is missing, unreadable or set aside. */
  defaults: T
  /** What the parsed JSON holds, or null if it does not hold up (the file is then set aside). */
  read: (json: unknown, report: (problem: string) => void) => T | null
  /** The notices: the file could not be read; it was damaged and set aside; a write failed (why). */
  unreadable: string
  damaged: string
  unsaved: (reason: string) => string
  /** Indented for a person to read, or one line. */
  indent?: number
}

export class UserJsonFile<T> {
  private readonly writes: UserFileWrites

  private constructor(
    private readonly file: string,
    private value: T,
    spec: UserJsonFileSpec<T>,
    report: (problem: string) => void
  ) {
    const text = () => `${JSON.stringify(this.value, null, spec.indent)}\n`
    this.writes = new UserFileWrites(
      () => writeFileDurably(this.file, text(), { createFolder: true }),
      spec.unsaved,
      report
    )
  }

  static async open<T>(file: string, spec: UserJsonFileSpec<T>, report: (problem: string) => void) {
    return new UserJsonFile(file, await readValue(file, spec, report), spec, report)
  }

  get(): T {
    return this.value
  }

  /** Keeps the value (validated by the API already); null, or why it could not be written. */
  save(value: T): Promise<string | null> {
    this.value = value
    return this.writes.save()
  }

  flush(): Promise<boolean> {
    return this.writes.flush()
  }
}

async function readValue<T>(file: string, spec: UserJsonFileSpec<T>, report: (problem: string) => void): Promise<T> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') report(spec.unreadable)
    return spec.defaults
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  const value = json === undefined ? null : spec.read(json, report)
  if (value !== null) return value
  await rename(file, `${file}.unreadable-${Date.now()}`).catch(() => undefined)
  report(spec.damaged)
  return spec.defaults
}
