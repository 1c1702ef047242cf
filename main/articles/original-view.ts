// "Show original": the normalised file line by line, each removed line with its reason and each
// line too long to be one paragraph with the places it was cut, so nothing the parser did is hidden.
import type { OriginalView } from '../../common/model/article-types'
import type { ParsedArticle } from './parsed-article'

export function originalViewOf(article: ParsedArticle): OriginalView {
  const removed = new Map(article.removed.map((line) => [line.lineNumber, line.reason]))
  const split = new Map(article.splitLines.map((line) => [line.lineNumber, line.cuts]))
  const lines = article.text.split('\n').map((text, index) => {
    const number = index + 1
    const line = { number, text, removed: removed.get(number) ?? null }
    const cuts = split.get(number)
    if (!cuts) return line
    // The parser cut the trimmed line: offsets move past the spaces it trimmed off the start.
    const indent = text.length - text.trimStart().length
    return { ...line, cuts: cuts.map((cut) => ({ at: cut.at + indent, kind: cut.kind })) }
  })
  return { encoding: article.encoding, lines }
}
