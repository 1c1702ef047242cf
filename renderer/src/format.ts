/** `https://www.nhandan.vn/x` → `nhandan.vn`: enough to recognise a source at a glance. */
export function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}
