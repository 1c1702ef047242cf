// `cli import --data-dir DIR [--library DIR]... FILE`: W3C annotations (JSON), a REFI-QDA
// codebook (.qdc) or project (.qdpx) into the data folder's store, as the app's Import does.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { IMPORT_MAX_BYTES, type ImportSummary } from '../../common/model/export'
import { importFile } from '../import/import-file'
import { openCliServices } from './open-cli-services'
import { describeReadError } from '../articles/read-errors'

export const importUsage = 'Usage: npm run -s cli -- import --data-dir DIR [--library DIR]... FILE'

export function readImportArgs(args: string[]): { dataDir: string; libraries: string[]; file: string } | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'data-dir': { type: 'string' }, library: { type: 'string', multiple: true } }
    })
    if (!values['data-dir']) return 'Give the data folder with --data-dir.'
    if (positionals.length !== 1) return 'Give one file to import.'
    return {
      dataDir: resolve(values['data-dir']),
      libraries: (values.library ?? []).map((path) => resolve(path)),
      file: resolve(positionals[0] ?? '')
    }
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

export async function importCommand(
  args: { dataDir: string; libraries: string[]; file: string },
  log: (line: string) => void
): Promise<ImportSummary> {
  const bytes = await readFile(args.file).catch((err: unknown) => {
    throw new Error(`${args.file}: ${describeReadError(err)}`)
  })
  if (bytes.length > IMPORT_MAX_BYTES) throw new Error(`The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`)
  const services = await openCliServices(args.dataDir, args.libraries, log)
  try {
    return await importFile(args.file, bytes, services.imports)
  } finally {
    await services.close()
  }
}
