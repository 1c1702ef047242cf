// Markdown's markup off a line of text: link targets and emphasis markers. The link and emphasis
// patterns this replaces (`!?\[([^\]]*)\]\([^)]*\)` and `(^|\s)[*_](\S(?:.*?\S)?)[*_](?=\s|$)`)
// rescan the rest of the line from every `[` or opener, quadratic on a line of `[` or of `*a `;
// these scans give the same result and read each character a bounded number of times.

const SPACE = /\s/
const isSpace = (char: string | undefined): boolean => char !== undefined && SPACE.test(char)
const isMarker = (char: string | undefined): boolean => char === '*' || char === '_'
/** Jumps to the next marker or line terminator: native scanning, many times faster than a loop over characters. */
const MARKER = /[*_]/g
/** What `.` does not match: emphasis never spans them. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g

/** Where `pattern` next matches at or after `from`, or Infinity. */
function next(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from
  return pattern.exec(text)?.index ?? Infinity
}

export function plainMarkdown(text: string): string {
  return withoutEmphasis(withoutLinks(text).replace(/(\*\*|__)(.+?)\1/g, '$2')).trim()
}

/** `[text](target)` and `![alt](src)` → `text`, `alt`: each `[` up to the first `]`, then `(` and the first `)`. */
function withoutLinks(text: string): string {
  let out = ''
  let copied = 0
  let close = -1 // the first `]` after the current `[`: shared by every `[` before it
  let paren = -1 // the first `)` after that `](`
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
    if (close < open) close = text.indexOf(']', open + 1)
    if (close === -1) break
    if (text[close + 1] !== '(') continue
    if (paren < close + 2) paren = text.indexOf(')', close + 2)
    if (paren === -1) break
    const start = open > copied && text[open - 1] === '!' ? open - 1 : open
    out += text.slice(copied, start) + text.slice(open + 1, close)
    copied = paren + 1
    open = paren
  }
  return out + text.slice(copied)
}

/**
 * `*word*`, `_a phrase_` → the words. The opener is at the line's start or after a space, the
 * closer before a space or the end. As in the pattern, the longest reading is tried first: the
 * first closer that leaves two or more characters inside, else the one right after a single one.
 */
function withoutEmphasis(text: string): string {
  let out = ''
  let copied = 0
  let closer = -1 // the first closer at or after the current opener + 3, shared by openers before it
  let stop = -1 // the first line terminator after the opener: the pattern's `.` stops there
  for (let open = next(MARKER, text, 0); open < text.length; open = next(MARKER, text, open + 1)) {
    if (!(open === 0 || (open > copied && isSpace(text[open - 1])))) continue
    if (open + 1 >= text.length || isSpace(text[open + 1])) continue
    if (closer < open + 3) closer = nextCloser(text, open + 3)
    if (stop < open + 1) stop = next(LINE_TERMINATOR, text, open + 1)
    const end = closer < stop ? closer : isCloser(text, open + 2) ? open + 2 : -1
    if (end === -1) continue
    out += text.slice(copied, open) + text.slice(open + 1, end)
    copied = end + 1
    open = end
  }
  return out + text.slice(copied)
}

/** A marker after a non-space and before a space or the end. */
const isCloser = (text: string, at: number): boolean =>
  isMarker(text[at]) && !isSpace(text[at - 1]) && (at + 1 === text.length || isSpace(text[at + 1]))

function nextCloser(text: string, from: number): number {
  for (let at = next(MARKER, text, from); at < text.length; at = next(MARKER, text, at + 1))
    if (isCloser(text, at)) return at
  return Infinity
}
