// The labelled articles as the app reads them: parsed by the real parser (so the header, the
// removed lines and the offsets are the app's), with the shipped domain words installed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleBlock } from '../../common/model/article-types'
import { installDomainWords } from '../../common/text/kernel-words'
import { parseDomainWords } from '../../common/text/word-list'
import { parseArticle } from '../../main/articles/parse-article'

export function useShippedDomainWords(): void {
  installDomainWords(
    parseDomainWords(readFileSync(join(import.meta.dirname, '../../resources/domain-words.txt'), 'utf8'))
  )
}

export interface LabelledArticle {
  title: string
  blocks: ArticleBlock[]
  date: string | null
  year: number | null
}

export function parseLabelledArticle(file: string, text: string): LabelledArticle {
  const parsed = parseArticle(Buffer.from(text, 'utf8'), file)
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`)
  const { article } = parsed
  return { title: article.title.value, blocks: article.blocks, date: article.date.value, year: article.year }
}
