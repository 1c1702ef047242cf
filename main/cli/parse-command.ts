// `cli parse FILE...`: one JSON object per file, in argument order. A file that cannot be read
// gives an object with `error`, and the others still print: every file's failure is its own.
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { shippedResources } from '../paths/shipped-resources'
import { parseArticle } from '../articles/parse-article'
import { headerOf } from '../articles/parsed-article'
import { MAX_ARTICLE_BYTES, describeReadError } from '../articles/read-errors'
import { installDomainWords } from '../../common/text/kernel-words'
import { readDomainWords } from '../lexicon/read-domain-words'
import { analyseArticle, type ArticleAnalysis, type IntelligenceData } from '../intelligence/analyse-article'
import { readIntelligenceFiles } from '../intelligence/intelligence-files'
import { indexKnownDocuments } from '../citations/known-documents'
import { compileOntology } from '../themes/compile-ontology'

const RESOURCES = shippedResources(import.meta.dirname)

export async function parseCommand(files: string[]): Promise<{ output: unknown[]; readable: number }> {
  // Cut and analysed as the app does, with the shipped word list, known documents and ontology.
  installDomainWords(readDomainWords(join(RESOURCES, 'domain-words.txt')))
  const shipped = readIntelligenceFiles(RESOURCES, null)
  const data: IntelligenceData = {
    known: indexKnownDocuments(shipped.knownDocuments),
    ontology: compileOntology(shipped.ontology)
  }
  const output: unknown[] = []
  let readable = 0
  for (const file of files) {
    const result = await parseFile(file, data).catch((err: unknown) => ({
      file,
      error: `Crossread failed on this file (${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}).`
    }))
    if (!('error' in result)) readable += 1
    output.push(result)
  }
  return { output, readable }
}

async function parseFile(file: string, data: IntelligenceData): Promise<Record<string, unknown>> {
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
  const analysis = analyseArticle(
    { title: article.title.value, blocks: article.blocks, date: article.date.value, year: article.year },
    data
  )
  return {
    file,
    ...headerOf(article),
    encoding: article.encoding,
    paragraphs: article.blocks,
    ...printedAnalysis(analysis),
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

/** One entry per distinct document (at its first mention), and the themes the app shows as detected. */
function printedAnalysis({ citations, themes }: ArticleAnalysis) {
  return {
    documents: citations.map(({ id, kind, resolved, confidence, form, mentions }) => {
      const first = mentions[0]
      return {
        id,
        kind,
        resolved: resolved
          ? { key: resolved.key, title: resolved.title, date: resolved.date, term: resolved.term, by: resolved.by }
          : null,
        confidence,
        sentence: first?.sentence.text ?? '',
        start: first?.start ?? 0,
        end: first?.end ?? 0,
        form,
        /** How many times the article names it. */
        mentions: mentions.length
      }
    }),
    themes: themes
      .filter((theme) => theme.detected)
      .map(({ id, strength, evidence }) => ({
        id,
        strength,
        evidence: evidence.map(({ paragraph, cues }) => ({
          paragraph,
          cues: cues.map(({ cue, start, end }) => ({ cue, start, end }))
        }))
      }))
  }
}
