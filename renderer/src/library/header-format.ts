// How an article's header fields are shown in the library and the reader.

/** Below this a field is shown as a guess (with a "?" and how it was found). */
export const DOUBTFUL = 0.6

/** `https://www.nhandan.vn/x` → `nhandan.vn`: enough to recognise a source at a glance. */
export function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}
