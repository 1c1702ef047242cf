// The reader's layout (common/model/reader-layout.ts): reader-layout.json in the data folder. It
// is the app's own file, small and rewritten whole; one that cannot be read is set aside (renamed,
// never written over) and the reader starts with one empty pane, with a notice saying so.
import { join } from 'node:path'
import { DEFAULT_READER_LAYOUT, readerLayoutSchema, type ReaderLayout } from '../../common/model/reader-layout'
import { UserJsonFile } from '../storage/user-json-file'

export const READER_LAYOUT_FILE = 'reader-layout.json'

export type ReaderLayoutFile = UserJsonFile<ReaderLayout>

export const ReaderLayoutFile = {
  open: (dataDir: string, report: (problem: string) => void): Promise<ReaderLayoutFile> =>
    UserJsonFile.open(
      join(dataDir, READER_LAYOUT_FILE),
      {
        defaults: DEFAULT_READER_LAYOUT,
        read: (json) => readerLayoutSchema.safeParse(json).data ?? null,
        unreadable: `The reader's layout could not be read: one pane is shown.`,
        damaged: `The reader's layout (${READER_LAYOUT_FILE}) was damaged and set aside; one pane is shown.`,
        unsaved: (reason) => `The reader's layout could not be saved (${reason}); it is kept until Crossread closes.`
      },
      report
    )
}
