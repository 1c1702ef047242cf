// One file's bytes to a parsed article, or a readable reason why not. Never throws: a file that
// trips the parser in a way no rule foresaw is that file's failure, reported, never its folder's.
import { formatOf } from './article-format'
import { decodeBytes } from './decode-bytes'
import { readHtmlArticle } from './extract-html'
import { normaliseText } from './normalise-text'
import type { ParsedArticle } from './parsed-article'
import { readTextArticle } from './parse-text-article'

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; error: string }

export function parseArticle(bytes: Uint8Array, fileName: string): ParseResult {
  const format = formatOf(fileName)
  if (format === null) return { ok: false, error: 'Not an article file: Crossread reads .txt, .md and .html.' }
  let step = 'decoding its bytes'
  try {
    const decoded = decodeBytes(bytes)
    if (!decoded.ok) return decoded
    step = 'normalising its text'
    const text = normaliseText(decoded.text)
    step = format === 'html' ? 'reading the web page' : `reading the ${format === 'markdown' ? 'Markdown' : 'text'}`
    const reading =
      format === 'html' ? readHtmlArticle(text) : readTextArticle(text, { markdown: format === 'markdown' })
    const warnings = [...decoded.warnings, ...reading.warnings]
    if (reading.blocks.length === 0) warnings.push('The file has no body text (no body paragraphs were found).')
    return { ok: true, article: { ...reading, warnings, encoding: decoded.encoding, text } }
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
    return {
      ok: false,
      error: `The parser failed while ${step} (${reason}). The file may be malformed; other files are not affected.`
    }
  }
}
