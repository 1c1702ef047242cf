// The theme ontology, opened at launch (the shipped one and the user's version from the data
// folder) and followed: each edit the user makes is announced to the renderer (the theme list and
// the editor refetch) and handed to the search workers, which detect themes again from the texts
// kept with the index; the status's new version then has the views ask for the analyses again.
import type { ChangeLog } from '../events/change-log'
import type { StatusBoard } from '../events/status-board'
import { intelligenceFiles, readIntelligenceSources, type IntelligenceFiles } from '../intelligence/intelligence-files'
import { OntologyEditor } from '../ontology/ontology-editor'
import { userOntologyWriter } from '../ontology/user-ontology-file'
import { cueWords, ontologyVersion } from '../themes/compile-ontology'
import type { KnownDocument } from '../../common/model/intelligence-data'
import type { ConnectedSearch } from './connect-search'

export interface OpenedOntology {
  editor: OntologyEditor
  knownDocuments: KnownDocument[]
  /** What the search workers analyse with at launch. */
  files: IntelligenceFiles
}

/** Null (and said in the log) when the shipped data cannot be read: search works without it. */
export function openOntology(options: {
  resources: string
  dataDir: string
  status: StatusBoard
  log?: (message: string) => void
}): OpenedOntology | null {
  const log = (message: string) => options.log?.(`[themes] ${message}`)
  let sources
  try {
    sources = readIntelligenceSources(options.resources, options.dataDir, options.log)
  } catch (err) {
    log(`the known-documents list or theme ontology could not be read (${String(err)}); articles are not analysed`)
    return null
  }
  const { knownDocuments, shippedOntology, userOntology } = sources
  // An unusable file of the user's: the shipped ontology stands, and the file is never written over.
  if (userOntology.problem) options.status.notice(userOntology.problem)
  const editor = new OntologyEditor(
    shippedOntology,
    userOntology,
    userOntologyWriter(options.dataDir, userOntology),
    (text) => cueWords(text).words.length,
    (problem) => {
      log(problem)
      options.status.notice(problem)
    }
  )
  return { editor, knownDocuments, files: intelligenceFiles(knownDocuments, editor.ontology) }
}

/** Passes each edit on; returns the unsubscribe. */
export function followOntology(
  opened: OpenedOntology,
  options: { search: Pick<ConnectedSearch, 'useIntelligence'>; changes: ChangeLog; log?: (message: string) => void }
): () => void {
  return opened.editor.onChange(({ ontology, themes }) => {
    options.changes.publish({ kind: 'theme-ontology', themes, version: ontologyVersion(ontology) })
    const started = performance.now()
    options.search.useIntelligence(intelligenceFiles(opened.knownDocuments, ontology)).then(
      ({ reanalysed, documents }) =>
        options.log?.(
          `[themes] [${themes.join(' ')}] edited: ${reanalysed} articles detected again in ${Math.round(performance.now() - started)} ms, ${documents} to index again`
        ),
      (err: unknown) => options.log?.(`[themes] the index could not take the edited ontology: ${String(err)}`)
    )
  })
}
