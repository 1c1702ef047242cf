// The known documents and theme ontology a process analyses articles with, installed once (main
// sends them to each search worker before it loads its shard, after the word list, since cues are
// cut with it). Without them nothing is analysed, and a saved index says so by its key.
import type { KnownDocument } from '../../common/model/intelligence-data'
import { indexKnownDocuments } from '../citations/known-documents'
import { compileOntology } from '../themes/compile-ontology'
import type { IntelligenceData } from './analyse-article'

let installed: { data: IntelligenceData; key: string } | null = null

export function installIntelligence(files: { knownDocuments: KnownDocument[]; ontology: unknown; key: string }): void {
  installed = {
    data: { known: indexKnownDocuments(files.knownDocuments), ontology: compileOntology(files.ontology) },
    key: files.key
  }
}

export function installedIntelligence(): IntelligenceData | null {
  return installed?.data ?? null
}

/** Names the data installed: analyses saved under another key are made again. */
export function intelligenceKey(): string {
  return installed?.key ?? 'none'
}
