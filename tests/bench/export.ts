// Exports at scale, timed where the user waits: the Export dialog's calls through the API as the
// renderer makes them (dispatch: validated input, the whole answer built, base64 and all). 10,000
// generated articles are imported and indexed by the built workers; 300 of them get 3 highlights
// each (900, tagged and noted) and 50 a theme verdict; then, for every format, the preview and the
// export of all the user's work, and the library-wide tables (themes matrix, documents) over every
// article. Run after a build:
//   npx electron-vite build && node --expose-gc --import tsx tests/bench/export.ts [corpus folder]
// (a 10,000-article corpus is generated when the folder, by default /tmp/perf/corpus10k, is missing).
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Article, ArticleSummary } from '../../common/model/article-types'
import type { Tag } from '../../common/model/annotation-types'
import { EXPORT_FORMATS, type ExportPreview, type ExportResult } from '../../common/model/export'
import { articleText } from '../../common/text/article-text'
import { startServices } from '../../main/app/start-services'
import { call, timed, untilIndexed } from './dispatch-calls'
import { writeCorpus } from './generate-corpus'

const root = resolve(import.meta.dirname, '../..')
const samples = join(root, 'resources/articles')
const work = await mkdtemp(join(tmpdir(), 'crossread-bench-export-'))
const given = process.argv[2] ?? '/tmp/perf/corpus10k'
const corpus = existsSync(given) ? given : join(work, 'corpus')
const ANNOTATED = 300
const ms = (value: number) => `${value.toFixed(0)} ms`

try {
  if (corpus !== given) await writeCorpus(corpus, 10_000, samples)
  const total = readdirSync(corpus).length + readdirSync(samples).length
  const services = await startServices({
    dataDir: join(work, 'data'),
    bundledFolder: samples,
    watch: false,
    searchWorkerEntry: pathToFileURL(join(root, 'out/main/search-worker.js')),
    openExternal: async () => undefined
  })
  await call(services, 'importFolder', { path: corpus })
  await untilIndexed(services, total)
  console.log(`${total.toLocaleString()} articles imported and indexed`)
  const tags = [
    await call<Tag>(services, 'createTag', { name: 'ปฏิรูป' }),
    await call<Tag>(services, 'createTag', { name: 'กระจายอำนาจ' }),
    await call<Tag>(services, 'createTag', { name: 'เศรษฐกิจ' })
  ]
  const library = await call<ArticleSummary[]>(services, 'listArticles', {})
  const chosen = library.filter((_, i) => i % Math.floor(library.length / ANNOTATED) === 0).slice(0, ANNOTATED)
  for (const [n, summary] of chosen.entries()) {
    const article = await call<Article>(services, 'getArticle', { id: summary.id })
    const text = articleText(article.blocks)
    for (let k = 0; k < 3; k++) {
      const start = Math.floor((text.length / 4) * k)
      await call(services, 'createAnnotation', {
        articleId: summary.id,
        start,
        end: Math.min(text.length, start + 60),
        color: 'yellow',
        tags: [tags[(n + k) % tags.length]?.id],
        note: k === 0 ? `บันทึก ${n}: ดูมติ 18-NQ/TW` : ''
      })
    }
    if (n < 50)
      await call(services, 'setThemeDecisions', {
        decisions: [
          { articleId: summary.id, themeId: 'apparatus-streamlining', verdict: n % 2 ? 'confirmed' : 'rejected' }
        ]
      })
  }
  // The notes index takes the new highlights in on the workers: timed after it settles, as a
  // researcher exports after a day's reading, not within a second of the 900th highlight.
  await untilIndexed(services, total)
  await new Promise((settled) => setTimeout(settled, 5000))
  console.log(`${chosen.length} articles annotated (${chosen.length * 3} highlights)\n`)
  console.log('format          preview (all)   export after it   file size')
  for (const format of EXPORT_FORMATS.filter((name) => name !== 'pdf')) {
    const request = { format, scope: { kind: 'all' }, grouping: 'article' }
    const [previewMs, preview] = await timed(() => call<ExportPreview>(services, 'previewExport', request))
    const [exportMs, result] = await timed(() => call<ExportResult>(services, 'exportAnnotations', request))
    const size = result.kind === 'download' ? Buffer.from(result.base64, 'base64').length : 0
    console.log(
      `${format.padEnd(16)}${ms(previewMs).padStart(13)}${ms(exportMs).padStart(18)}   ${(size / 1e6).toFixed(2)} MB (${preview.counts.articles} articles)`
    )
  }
  await services.close()
} finally {
  await rm(work, { recursive: true, force: true })
}
