// A failed write, in words a researcher can act on.
export function describeWriteError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'the data folder is not writable'
  if (code === 'ENOENT') return 'the data folder is gone'
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file stands where the data folder should be'
  if (code === 'EIO') return 'the disk reported an error'
  return code ?? (err instanceof Error ? err.message : String(err))
}
