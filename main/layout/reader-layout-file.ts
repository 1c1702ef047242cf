// The reader's layout (common/model/reader-layout.ts): reader-layout.json in the data folder. It
// is the app's own file, small and rewritten whole; one that cannot be read is set aside (renamed,
// never written over) and the reader starts with one empty pane, with a notice saying so.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_READER_LAYOUT, readerLayoutSchema, type ReaderLayout } from '../../common/model/reader-layout'
import { UserFileWrites } from '../storage/user-file-writes'
import { writeFileDurably } from '../storage/write-file-durably'

export const READER_LAYOUT_FILE = 'reader-layout.json'

export class ReaderLayoutFile {
  private writes: UserFileWrites

  private constructor(
    private readonly file: string,
    private layout: ReaderLayout,
    report: (problem: string) => void
  ) {
    this.writes = new UserFileWrites(
      () => writeFileDurably(this.file, `${JSON.stringify(this.layout)}\n`, { createFolder: true }),
      (reason) => `The reader's layout could not be saved (${reason}); it is kept until Crossread closes.`,
      report
    )
  }

  static async open(dataDir: string, report: (problem: string) => void): Promise<ReaderLayoutFile> {
    const file = join(dataDir, READER_LAYOUT_FILE)
    return new ReaderLayoutFile(file, await readLayout(file, report), report)
  }

  get(): ReaderLayout {
    return this.layout
  }

  /** Keeps the layout (validated by the API already); null, or why it could not be written. */
  save(layout: ReaderLayout): Promise<string | null> {
    this.layout = layout
    return this.writes.save()
  }

  flush(): Promise<boolean> {
    return this.writes.flush()
  }
}

async function readLayout(file: string, report: (problem: string) => void): Promise<ReaderLayout> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT')
      report(`The reader's layout could not be read: one pane is shown.`)
    return DEFAULT_READER_LAYOUT
  }
  const parsed = safeParse(text)
  if (parsed) return parsed
  const aside = `${file}.unreadable-${Date.now()}`
  await rename(file, aside).catch(() => undefined)
  report(`The reader's layout (${READER_LAYOUT_FILE}) was damaged and set aside; one pane is shown.`)
  return DEFAULT_READER_LAYOUT
}

function safeParse(text: string): ReaderLayout | null {
  try {
    const result = readerLayoutSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}
