// What the parse worker does for one file: read it, hash it and parse it, catching everything, so
// that a file the parser cannot handle is that file's failure, never the caller's.
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { ArticleHeader } from '../../common/model/article-types'
import { parseArticle } from '../articles/parse-article'
import { headerOf, type ParsedArticle } from '../articles/parsed-article'
import { readInsideFolderSync } from '../storage/read-inside-folder'

/** `fromContent`: the file's content failed, not its reading; no use trying again until it changes. */
export type ParseFailure = { ok: false; error: string; fromContent?: boolean }
/** What the library index keeps of an article. */
export type ArticleSummaryFields = ArticleHeader & { blockCount: number }
/** A library folder and a file's path relative to it. */
export interface ArticleFile {
  folder: string
  path: string
}

/**
 * `path` inside `folder`, read only if it really lies there (a link swapped in since the scan is
 * refused); synchronously, as this thread does nothing else meanwhile.
 */
function read({ folder, path }: ArticleFile): Buffer | ParseFailure {
  const read = readInsideFolderSync(folder, path)
  return read.ok ? read.bytes : { ok: false, error: read.reason }
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
  summarize: async ({ knownHash, ...file }: ArticleFile & { knownHash: string | null }) => {
    const bytes = read(file)
    if (!Buffer.isBuffer(bytes)) return bytes
    const hash = createHash('sha256').update(bytes).digest('hex')
    if (hash === knownHash) return { ok: true as const, hash, summary: null }
    const parsed = parse(bytes, file.path)
    if (!parsed.ok) return parsed
    const summary: ArticleSummaryFields = { ...headerOf(parsed.article), blockCount: parsed.article.blocks.length }
    return { ok: true as const, hash, summary }
  },
  /** For the reader: the whole parsed article (blocks, removed lines, the normalised text). */
  parse: async (file: ArticleFile) => {
    const bytes = read(file)
    return Buffer.isBuffer(bytes) ? parse(bytes, file.path) : bytes
  }
}

export type ParseHandlers = typeof parseHandlers
