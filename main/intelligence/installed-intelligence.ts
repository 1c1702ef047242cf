// The known documents and theme ontology a process analyses articles with, installed once (main
// sends them to each search worker before it loads its shard, after the word list, since cues are
// cut with it). They are compiled when first used, not on a relaunch that analyses nothing.
// Without them nothing is analysed, and a saved index says so by its key.
import type { KnownDocument } from '../../common/model/intelligence-data'
import { indexKnownDocuments } from '../citations/known-documents'
import { compileOntology } from '../themes/compile-ontology'
import type { IntelligenceData } from './analyse-article'

type Files = { knownDocuments: KnownDocument[]; ontology: unknown; key: string }

let installed: { files: Files; data: IntelligenceData | null } | null = null

export function installIntelligence(files: Files): void {
  installed = { files, data: null }
}

export function installedIntelligence(): IntelligenceData | null {
  if (!installed) return null
  installed.data ??= {
    known: indexKnownDocuments(installed.files.knownDocuments),
    ontology: compileOntology(installed.files.ontology)
  }
  return installed.data
}

/** Names the data installed: analyses saved under another key are made again. */
export function intelligenceKey(): string {
  return installed?.files.key ?? 'none'
}
