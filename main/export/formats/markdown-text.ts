// Text from the library made safe to drop into Markdown: a quote or a title shows as the words it
// is, never as a heading, a list, a link, emphasis or raw HTML. Only ASCII punctuation that
// CommonMark interprets is escaped (a backslash before any ASCII punctuation shows it as itself),
// so Thai passes untouched. The user's own notes are Markdown and are kept, only indented or
// quoted, with raw HTML disarmed (a note imported from a colleague may carry a `<script>`).

/** Characters with a meaning anywhere in a line: emphasis, code, links, HTML, entities, tables. */
const INLINE = /[\\`*_[\]<>#|~&]/g
/** What makes a line a list item, a setext underline or an ordered list when it starts it. */
const LINE_START = /^([-+=]|\d+(?=[.)]))/

export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // Leading spaces would make a code block at four; Markdown drops fewer anyway.
      const escaped = line.trimStart().replace(INLINE, (char) => `\\${char}`)
      return escaped.replace(LINE_START, (start) => (/\d/.test(start) ? start + '\\' : `\\${start}`))
    })
    .join('\n')
}

/** Text on one line (a heading, a list item): line breaks become spaces. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' '))
}

/** A quote as a blockquote: every line, blank ones too, behind `> ` so paragraphs stay in it. */
export function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

/** The user's Markdown with raw HTML shown as text: `<` before a tag name, `/`, `!` or `?` gets
 * a backslash, except inside a code span, where Markdown shows text as it is anyway. */
export function disarmHtml(markdown: string): string {
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((part, n) => (n % 2 === 1 ? part : part.replace(/<(?=[A-Za-z/!?])/g, '\\<')))
    .join('')
}

/** The user's Markdown inside a blockquote: every line behind `> `, blank ones too. */
export function quoteMarkdown(markdown: string): string {
  return disarmHtml(markdown.replace(/\r\n?/g, '\n').trim())
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

/** The user's Markdown as the continuation of a list item: each line after the first indented
 * by `indent`, so a multi-line note (a heading, a list of its own) stays inside its item. */
export function indentContinuation(markdown: string, indent = '  '): string {
  return disarmHtml(markdown.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line, n) => (n === 0 || line === '' ? line : indent + line))
    .join('\n')
}

/** A link to an http(s) page; anything else is written as text, never as a link. */
export function markdownLink(label: string, url: string | null): string {
  if (!url || !/^https?:\/\//i.test(url)) return url ? escapeMarkdownLine(url) : ''
  return `[${escapeMarkdownLine(label)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`
}

/** A quote cut to `max` code points with an ellipsis, for a link's "“…” in Title". */
export function shortQuote(text: string, max = 60): string {
  const points = [...text.replace(/\s+/g, ' ').trim()]
  return points.length > max ? points.slice(0, max).join('') + '…' : points.join('')
}
