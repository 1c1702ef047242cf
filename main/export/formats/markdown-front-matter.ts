// The YAML front matter that opens the Markdown notes, so note-taking tools (Obsidian, Zettlr,
// Logseq) pick up what the file is: the scope, when and by whom it was made, the counts, and for
// one article its title, outlet, date and source. Written by the `yaml` package, which quotes
// what needs quoting (a title with `: ` or `#`, quotes of either kind); Thai is left as it is.
import { stringify } from 'yaml'
import type { ExportModel } from '../export-model'

export function frontMatter(model: ExportModel): string {
  const only = model.scope.kind === 'articles' && model.articles.length === 1 ? model.articles[0] : undefined
  const data = {
    title: model.scopeLabel,
    generated: model.generatedAt,
    user: model.user,
    scope: model.scope,
    grouping: model.grouping,
    counts: model.counts,
    ...(only && {
      article: { title: only.title, outlet: only.outlet, date: only.date, source: only.sourceUrl, file: only.file }
    })
  }
  // lineWidth 0: a long Thai title stays on its line rather than being folded.
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`
}
