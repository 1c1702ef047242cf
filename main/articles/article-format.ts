// Which files are articles, by their name alone. Apart from the parser so that main can tell
// without loading it: the HTML extractor (linkedom, Readability) cost ~0.3 s of every launch.
export type ArticleFormat = 'text' | 'markdown' | 'html'

export function formatOf(fileName: string): ArticleFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'txt' || extension === 'text') return 'text'
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  return null
}
