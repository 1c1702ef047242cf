// The text written into the zip as `sources/<GUID>.txt`, and positions moved onto it. Peer tools
// count positions over exactly the bytes they read (QualCoder keeps a byte-order mark or a `\r`
// as characters of their own), so line ends become `\n`, a leading BOM goes, and every position
// is mapped from the article's code points to the written text's.

export interface SourceText {
  /** UTF-8 without BOM, `\n` line ends. */
  text: string
  /** Code point length of `text`. */
  length: number
  /** A code point offset in the article's text, as an offset in `text`. */
  position(offset: number): number
}

export function sourceText(articleText: string): SourceText {
  const points = [...articleText]
  // Already clean (the usual case): positions stay as they are.
  if (!articleText.includes('\r') && points[0] !== '\uFEFF')
    return { text: articleText, length: points.length, position: (offset) => clamp(offset, points.length) }
  const moved: number[] = [] // moved[i]: where the article's code point i lands in the written text
  const written: string[] = []
  points.forEach((point, index) => {
    moved.push(written.length)
    if (index === 0 && point === '\uFEFF') return
    if (point === '\n' && points[index - 1] === '\r') return // the `\r` before it already wrote `\n`
    written.push(point === '\r' ? '\n' : point)
  })
  moved.push(written.length)
  return {
    text: written.join(''),
    length: written.length,
    position: (offset) => moved[clamp(offset, points.length)] ?? written.length
  }
}

const clamp = (offset: number, length: number): number => Math.min(Math.max(0, offset), length)
