// `cli parse FILE...`: one JSON object per file, in argument order. A file that cannot be read
// gives an object with `error`, and the others still print: every file's failure is its own.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { parseArticle } from '../articles/parse-article'
import { headerOf } from '../articles/parsed-article'
import { MAX_ARTICLE_BYTES, describeReadError } from '../articles/read-errors'

export async function parseCommand(files: string[]): Promise<{ output: unknown[]; readable: number }> {
  const output: unknown[] = []
  let readable = 0
  for (const file of files) {
    const result = await parseFile(file).catch((err: unknown) => ({
      file,
      error: `Crossread failed on this file (${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}).`
    }))
    if (!('error' in result)) readable += 1
    output.push(result)
  }
  return { output, readable }
}

async function parseFile(file: string): Promise<Record<string, unknown>> {
  let bytes: Buffer
  try {
    const info = await stat(file)
    if (!info.isFile()) return { file, error: 'Not a file.' }
    if (info.size > MAX_ARTICLE_BYTES)
      return { file, error: `Too large to be an article (${(info.size / 1e6).toFixed(1)} MB; the limit is 20 MB).` }
    bytes = await readFile(file)
  } catch (err) {
    return { file, error: describeReadError(err) }
  }
  const parsed = parseArticle(bytes, basename(file))
  if (!parsed.ok) return { file, error: parsed.error }
  const { article } = parsed
  return {
    file,
    ...headerOf(article),
    encoding: article.encoding,
    paragraphs: article.blocks,
    removed: article.removed.map(({ text, lineNumber, reason }) => ({ line: text, lineNumber, reason })),
    warnings: article.warnings,
    how: {
      title: article.title.how,
      outlet: article.outlet.how,
      date: article.date.how,
      sourceUrl: article.sourceUrl.how
    }
  }
}
