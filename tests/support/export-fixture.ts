// The sample app with a researcher's work on it, for export and import tests: a tag under a
// parent tag, highlights with notes (Markdown, a formula, markup, a line break) on two articles,
// a link between them, a memo, and a theme confirmed and another rejected. `model()` collects
// the export model for a scope as the Export dialog does.
import type { Annotation, AnnotationView, Tag } from '../../common/model/annotation-types'
import type { Article } from '../../common/model/article-types'
import { articleText } from '../../common/text/article-text'
import type { ExportGrouping, ExportScope } from '../../common/model/export'
import { collectExport } from '../../main/export/collect-export'
import type { ExportModel } from '../../main/export/export-model'
import { callApi, startSampleApp, type SampleApp } from './sample-app'
import { until } from './until'
import type { ThemeMatrix } from '../../common/model/theme-matrix'

export const FIRST_FILE = '001_f9f5c4dc7799c9e7.txt' // dated 2025-02-28, cites 18-NQ/TW
export const SECOND_FILE = '003_2ad0d5beb5545534.txt' // dated 2025-10-18, cites 57-NQ/TW

export interface AnnotatedApp extends SampleApp {
  call: ReturnType<typeof callApi>
  first: Article
  second: Article
  parent: Tag
  child: Tag
  highlights: AnnotationView[]
  model(scope?: ExportScope, grouping?: ExportGrouping): Promise<ExportModel>
}

/** Offsets of the `n`th (from 0) passage of `length` characters starting a paragraph's text. */
function passage(article: Article, paragraph: number, from: number, length: number): { start: number; end: number } {
  const text = articleText(article.blocks)
  const block = article.blocks[paragraph]?.text ?? ''
  const start = text.indexOf(block) + from
  return { start, end: start + Math.min(length, block.length - from) }
}

export async function startAnnotatedApp(name: string): Promise<AnnotatedApp> {
  const app = await startSampleApp(name)
  const call = callApi(app.services)
  const list = await call<Array<{ id: string; file: string }>>('listArticles', {})
  const idOf = (file: string) => list.find((article) => article.file === file)?.id ?? ''
  const first = await call<Article>('getArticle', { id: idOf(FIRST_FILE) })
  const second = await call<Article>('getArticle', { id: idOf(SECOND_FILE) })
  const parent = await call<Tag>('createTag', { name: 'ปฏิรูป', color: '#2f5d62', description: 'การปฏิรูป' })
  const child = await call<Tag>('createTag', { name: 'กระจายอำนาจ', parentId: parent.id })
  const highlight = (article: Article, at: { start: number; end: number }, extra: Partial<Annotation>) =>
    call<AnnotationView>('createAnnotation', { articleId: article.summary.id, ...at, color: 'yellow', ...extra })
  const highlights = [
    await highlight(first, passage(first, 1, 0, 40), {
      tags: [child.id],
      note: 'ดู **มติ 18** — "สำคัญ"\nบรรทัดที่สอง'
    }),
    await highlight(first, passage(first, 3, 5, 30), { color: 'green', tags: [parent.id], note: '=SUM(A1:A2)' }),
    await highlight(second, passage(second, 1, 0, 25), { color: 'blue', note: '<script>alert(1)</script> & ok' })
  ]
  await call('createLink', {
    from: { articleId: first.summary.id, ...passage(first, 1, 0, 40) },
    to: { articleId: second.summary.id, ...passage(second, 1, 0, 25) },
    kind: 'supports',
    note: 'ทั้งสองเรื่องพูดถึงการปรับโครงสร้าง'
  })
  await call('setMemo', { articleId: first.summary.id, text: '# บันทึก\nบทความหลักเรื่อง 18-NQ/TW' })
  await call('setThemeDecisions', {
    decisions: [
      { articleId: first.summary.id, themeId: 'apparatus-streamlining', verdict: 'confirmed' },
      { articleId: second.summary.id, themeId: 'public-investment', verdict: 'rejected' }
    ]
  })
  // Themes and citations come from the index, which analyses the samples in the background.
  await until(async () => (await call<ThemeMatrix>('getThemeMatrix', {})).pending === 0, 'the samples analysed', 40_000)
  return {
    ...app,
    call,
    first,
    second,
    parent,
    child,
    highlights,
    model: (scope = { kind: 'all' }, grouping = 'article') =>
      collectExport(app.services.exportSources, { scope, grouping, now: () => new Date('2026-12-03T10:00:00Z') })
  }
}
