// A file the system asked Crossread to open (a double-clicked .qdpx, a W3C annotations file): the
// installers associate them with the app, and here they are imported as Import… would, with a
// sentence for the dialog that tells the user what happened. Plain Node: the shell only wires it.
import { readFile, stat } from 'node:fs/promises'
import { basename, extname, resolve } from 'node:path'
import { IMPORT_MAX_BYTES, type ImportSummary } from '../../common/model/export'
import { describeReadError } from '../articles/read-errors'
import { importFile, type ImportDeps } from './import-file'

/** The extensions electron-builder.yml associates with Crossread, and a codebook. */
const OPENED_KINDS = new Set(['.qdpx', '.qdc', '.jsonld'])

/** The command line's arguments that name annotation files (not switches, not the app itself). */
export function openedFilesIn(argv: readonly string[], cwd = process.cwd()): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && OPENED_KINDS.has(extname(arg).toLowerCase()))
    .map((arg) => resolve(cwd, arg))
}

export interface OpenedFileOutcome {
  ok: boolean
  message: string
  detail: string
}

export async function importOpenedFile(path: string, deps: ImportDeps): Promise<OpenedFileOutcome> {
  const name = basename(path)
  try {
    const size = (await stat(path)).size
    if (size > IMPORT_MAX_BYTES)
      return {
        ok: false,
        message: `${name} was not imported`,
        detail: `It is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`
      }
    const summary = await importFile(name, await readFile(path), deps)
    return { ok: true, message: `${name} was imported`, detail: describeSummary(summary) }
  } catch (err) {
    const reason = (err as { code?: string }).code
      ? describeReadError(err)
      : err instanceof Error
        ? err.message
        : String(err)
    return { ok: false, message: `${name} was not imported`, detail: reason }
  }
}

function describeSummary(summary: ImportSummary): string {
  const parts = [
    `${summary.added} new`,
    `${summary.updated} updated`,
    `${summary.unchanged} already here`,
    `${summary.tagsAdded} new tags`
  ]
  const unplaced = summary.orphaned.length
  const tail = unplaced > 0 ? ` ${unplaced} passages could not be placed in an article of the library.` : ''
  return `${parts.join(', ')}.${tail} Undo (Ctrl+Z) takes the whole import back.`
}
