/** Larger than any news article: probably a dump or a mistake, and it would stall parsing. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024

/** A file-system error as a sentence a researcher can act on. */
export function describeReadError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'The file does not exist (or is a broken link).'
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: Crossread may not read this file.'
    case 'EISDIR':
      return 'This is a folder, not a file.'
    case 'ELOOP':
      return 'A link that points to itself (symbolic link loop).'
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many open files; try again.'
    default:
      return `The file could not be read (${code ?? (err instanceof Error ? err.message : String(err))}).`
  }
}
