// The project file of a `.qdpx`, read without trusting the zip: every entry's name and declared
// size are checked in the central directory before anything is inflated (a path leaving the
// archive, too many entries, a total too large, or a compression ratio only a zip bomb has are
// refused), and only the project file is inflated. ATLAS.ti names the project file after the
// project, so any `*.qde` at the root is taken, `project.qde` first.
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { ApiError } from '../../../common/errors/api-error'

export const ZIP_LIMITS = {
  entries: 10_000,
  /** Total uncompressed bytes the entries declare. */
  totalBytes: 200 * 1024 * 1024,
  /** Above this size an entry must compress no better than `ratio` to one: text does, a bomb does not. */
  ratioFloorBytes: 1024 * 1024,
  ratio: 100
}

export function readProjectFile(fileName: string, bytes: Uint8Array): string {
  const refuse = (why: string) => new ApiError('invalid-input', `“${fileName}” cannot be imported: ${why}`)
  let entries = 0
  let total = 0
  const check = (file: UnzipFileInfo): boolean => {
    if (++entries > ZIP_LIMITS.entries) throw refuse(`it holds more than ${ZIP_LIMITS.entries} files.`)
    if (!isSafePath(file.name)) throw refuse(`it holds a file with an unsafe path (“${file.name}”).`)
    total += file.originalSize
    if (total > ZIP_LIMITS.totalBytes) throw refuse('it would unpack to more than 200 MB.')
    if (file.originalSize > ZIP_LIMITS.ratioFloorBytes && file.originalSize > ZIP_LIMITS.ratio * Math.max(file.size, 1))
      throw refuse(`“${file.name}” is compressed suspiciously well (a zip bomb?).`)
    return isProjectFile(file.name)
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: check })
  } catch (err) {
    if (err instanceof ApiError) throw err
    throw refuse(`it is not a readable zip archive (${err instanceof Error ? err.message : String(err)}).`)
  }
  const names = Object.keys(files).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  const chosen = names[0]
  if (chosen === undefined) throw refuse('it holds no REFI-QDA project file (a .qde file at the top of the zip).')
  return decodeUtf8(files[chosen] ?? new Uint8Array(), refuse)
}

/** Inside the archive: relative, forward slashes, no `..`, no drive letter, no control characters. */
export function isSafePath(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return false
  // eslint-disable-next-line no-control-regex -- a name with a control character is refused
  if (/[\u0000-\u001F]/.test(name)) return false
  return !name.split('/').some((part) => part === '..')
}

const isProjectFile = (name: string): boolean => !name.includes('/') && name.toLowerCase().endsWith('.qde')
const rank = (name: string): number => (name.toLowerCase() === 'project.qde' ? 0 : 1)

/** UTF-8 text, a leading byte-order mark dropped; anything else is refused. */
export function decodeUtf8(bytes: Uint8Array, refuse: (why: string) => Error): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw refuse('it is not UTF-8 text.')
  }
}
