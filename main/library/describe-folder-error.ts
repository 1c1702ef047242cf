// Why a folder the user named cannot be read, in words they can act on: a mistyped path said
// "ENOENT: no such file or directory, scandir …", which names a system call, not the problem.
const codeOf = (err: unknown): string | undefined => (err as { code?: string } | null)?.code

export function describeFolderError(err: unknown, path: string): string {
  switch (codeOf(err)) {
    case 'ENOENT':
      return `There is no folder at ${path}. Check the path: letters, spaces and capitals must match exactly.`
    case 'ENOTDIR':
      return `${path} is a file, not a folder. Give the folder that holds the articles.`
    case 'EACCES':
    case 'EPERM':
      return `Crossread may not read the folder ${path} (permission denied). Check its permissions.`
    case 'ELOOP':
      return `The folder ${path} is a link that leads back to itself.`
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open; close some programs and try again.'
    default:
      return `The folder could not be read (${codeOf(err) ?? (err instanceof Error ? err.message : String(err))}).`
  }
}
