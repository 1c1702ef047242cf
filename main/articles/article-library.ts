// The articles of one folder, read once and kept in memory. Import of user folders, watching and
// a persisted index replace this with the next issue; the API handlers only use this interface.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, ArticleSummary } from './article-types'
import { readArticle } from './first-reading'

export interface ArticleLibrary {
  list(): Promise<ArticleSummary[]>
  get(id: string): Promise<Article | undefined>
}

const ARTICLE_FILE = /\.(?:txt|md)$/i

export function folderLibrary(folder: string): ArticleLibrary {
  let loading: Promise<Map<string, Article>> | undefined
  const load = (): Promise<Map<string, Article>> => (loading ??= readFolder(folder))
  return {
    list: async () => [...(await load()).values()].map((article) => article.summary),
    get: async (id) => (await load()).get(id)
  }
}

async function readFolder(folder: string): Promise<Map<string, Article>> {
  const names = (await readdir(folder)).filter((name) => ARTICLE_FILE.test(name)).sort()
  const articles = new Map<string, Article>()
  for (const file of names) {
    const reading = readArticle(await readFile(join(folder, file), 'utf8'))
    const id = file.replace(ARTICLE_FILE, '').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 200)
    const { blocks, ...fields } = reading
    articles.set(id, { summary: { id, file, ...fields, annotationCount: 0 }, blocks })
  }
  return articles
}
