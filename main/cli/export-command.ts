// `cli export --data-dir DIR --format FORMAT --out FILE [scope] [--group BY] [--library DIR]...`:
// the Export dialog's exports for scripted reports. Scope: every `--article FILE-OR-ID`, or one
// `--tag NAME`, or one `--theme ID`; by default all the user's work.
import { rename, rm, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, EXPORT_GROUPINGS, type ExportRequest, type ExportScope } from '../../common/model/export'
import { writeExport } from '../export/write-export'
import type { Services } from '../app/start-services'
import { openCliServices } from './open-cli-services'

export const exportUsage = `Usage: npm run -s cli -- export --data-dir DIR --format ${EXPORT_FORMATS.filter((f) => f !== 'pdf').join('|')} --out FILE
         [--article FILE-OR-ID]... | [--tag NAME] | [--theme ID]  [--group ${EXPORT_GROUPINGS.join('|')}] [--library DIR]...`

interface ExportArgs {
  dataDir: string
  out: string
  libraries: string[]
  format: ExportRequest['format']
  grouping: ExportRequest['grouping']
  articles: string[]
  tag: string | null
  theme: string | null
}

export function readExportArgs(args: string[]): ExportArgs | string {
  try {
    const { values } = parseArgs({
      args,
      options: {
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        article: { type: 'string', multiple: true },
        tag: { type: 'string' },
        theme: { type: 'string' },
        group: { type: 'string' },
        library: { type: 'string', multiple: true }
      }
    })
    const format = EXPORT_FORMATS.find((name) => name === values.format && name !== 'pdf')
    const grouping = EXPORT_GROUPINGS.find((name) => name === (values.group ?? 'article'))
    if (!values['data-dir']) return 'Give the data folder with --data-dir.'
    if (!format)
      return `Give --format, one of ${EXPORT_FORMATS.filter((f) => f !== 'pdf').join(', ')} (PDF is made by the app).`
    if (!values.out) return 'Give the file to write with --out.'
    if (!grouping) return `--group is one of ${EXPORT_GROUPINGS.join(', ')}.`
    const scopes = [values.article?.length ? 1 : 0, values.tag ? 1 : 0, values.theme ? 1 : 0]
    if (scopes.reduce((a, b) => a + b, 0) > 1) return 'Give one scope: --article (repeated), --tag or --theme.'
    return {
      dataDir: resolve(values['data-dir']),
      out: resolve(values.out),
      libraries: (values.library ?? []).map((path) => resolve(path)),
      format,
      grouping,
      articles: values.article ?? [],
      tag: values.tag ?? null,
      theme: values.theme ?? null
    }
  } catch (err) {
    return err instanceof Error ? err.message : String(err)
  }
}

export async function exportCommand(args: ExportArgs, log: (line: string) => void): Promise<void> {
  const services = await openCliServices(args.dataDir, args.libraries, log)
  try {
    const scope = scopeOf(args, services)
    const { bytes, model } = await writeExport(services.exportSources, {
      format: args.format,
      scope,
      grouping: args.grouping
    })
    const partial = `${args.out}.crossread-partial`
    await writeFile(partial, bytes).catch(async (err: unknown) => {
      await rm(partial, { force: true })
      throw err
    })
    await rename(partial, args.out)
    const { articles, highlights, orphans, links } = model.counts
    log(`Wrote ${args.out}: ${articles} articles, ${highlights} highlights (${orphans} orphaned), ${links} links.`)
  } finally {
    await services.close()
  }
}

function scopeOf(args: ExportArgs, services: Services): ExportScope {
  if (args.tag !== null) {
    const wanted = args.tag.normalize('NFC').trim().toLocaleLowerCase()
    const tag = services.annotations.tags().find((t) => t.name.normalize('NFC').toLocaleLowerCase() === wanted)
    if (!tag) throw new Error(`There is no tag called “${args.tag}”.`)
    return { kind: 'tag', tagId: tag.id }
  }
  if (args.theme !== null) return { kind: 'theme', themeId: args.theme }
  if (args.articles.length === 0) return { kind: 'all' }
  const library = services.library.list()
  const articleIds = args.articles.map((wanted) => {
    const found = library.find((a) => a.id === wanted || a.file === wanted || a.file.endsWith(`/${wanted}`))
    if (!found) throw new Error(`No article in the library is “${wanted}” (give its file name or id).`)
    return found.id
  })
  return { kind: 'articles', articleIds }
}
