// Saves a file the way a web page does: a link to a Blob, clicked. The same in Electron (its
// download routine asks where to save; the shell's locks stop navigation and new windows, not
// downloads) and in web mode (the browser's downloads).
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked once the download has read it; a minute is plenty for a few megabytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** `crossread-themes-matrix-2026-12-03.csv` */
export const exportName = (what: string, extension: string): string =>
  `crossread-themes-${what}-${new Date().toISOString().slice(0, 10)}.${extension}`
