const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g
/** C0/C1 controls other than tab and newline: scraping debris that would confuse offsets. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * One canonical text per file: line ends unified, NFC (never NFKC: it decomposes SARA AM and
 * changes lengths), zero-width characters dropped. Every offset in Crossread counts in this text.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
}
