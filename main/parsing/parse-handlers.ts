// What the parse worker does for one file: read it, hash it and parse it, catching everything, so
// that a file the parser cannot handle is that file's failure, never the caller's.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { ArticleHeader } from '../articles/article-types'
import { parseArticle } from '../articles/parse-article'
import { headerOf, type ParsedArticle } from '../articles/parsed-article'
import { describeReadError } from '../articles/read-errors'

/** `fromContent`: the file's content failed, not its reading; no use trying again until it changes. */
export type ParseFailure = { ok: false; error: string; fromContent?: boolean }
/** What the library index keeps of an article. */
export type ArticleSummaryFields = ArticleHeader & { blockCount: number }

/** Synchronous: this thread does nothing else meanwhile, and one call costs less than an async read's four. */
function read(file: string): Buffer | ParseFailure {
  try {
    return readFileSync(file)
  } catch (err) {
    return { ok: false, error: describeReadError(err) }
  }
}

function parse(bytes: Uint8Array, file: string): { ok: true; article: ParsedArticle } | ParseFailure {
  try {
    const parsed = parseArticle(bytes, basename(file))
    return parsed.ok ? parsed : { ...parsed, fromContent: true }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    const error = `The file could not be parsed (${why}); it was skipped. Crossread tries it again when the file changes.`
    return { ok: false, error, fromContent: true }
  }
}

export const parseHandlers = {
  /**
   * For the library index: the content hash and the header fields. When the hash is `knownHash`
   * (the file was touched, not edited) the file is not parsed and `summary` is null.
   */
  summarize: async ({ file, knownHash }: { file: string; knownHash: string | null }) => {
    const bytes = read(file)
    if (!Buffer.isBuffer(bytes)) return bytes
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (hash === knownHash) return { ok: true as const, hash, summary: null }
    const parsed = parse(bytes, file)
    if (!parsed.ok) return parsed
    const summary: ArticleSummaryFields = { ...headerOf(parsed.article), blockCount: parsed.article.blocks.length }
    return { ok: true as const, hash, summary }
  },
  /** For the reader: the whole parsed article (blocks, removed lines, the normalised text). */
  parse: async ({ file }: { file: string }) => {
    const bytes = read(file)
    return Buffer.isBuffer(bytes) ? parse(bytes, file) : bytes
  }
}

export type ParseHandlers = typeof parseHandlers
