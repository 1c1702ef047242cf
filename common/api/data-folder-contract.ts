// Where Crossread keeps the user's work (contract.ts spreads these in): the settings show the
// folder and its backups, and open it in the file manager where the host can.
import { z } from 'zod'

function method<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result })
}

export interface DataFolderFacts {
  /** The data folder: annotations, the library index, settings, word list. */
  path: string
  /** The store's rotating backups: where they are and how many of each file are kept. */
  backups: { path: string; kept: number }
  /** Whether this host can open the folder in the file manager (not in web mode). */
  canOpen: boolean
}

export const dataFolderContract = {
  getDataFolder: method<DataFolderFacts>()(z.object({}).strict()),
  /** Opens the data folder in the system's file manager. */
  openDataFolder: method<{ opened: string }>()(z.object({}).strict())
}
