// The data citation and theme detection read: the shipped known-documents list and theme ontology
// (resources/), and the user's own in the data folder, which add to the list (an entry with a
// shipped key corrects it) and replace the ontology (main/ontology/, where the app edits it). The
// shipped files are never written. A user file that cannot be read or is invalid is reported and
// the shipped data is used.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import {
  type KnownDocument,
  knownDocumentsFileSchema,
  themeOntologySchema,
  type ThemeOntology
} from '../../common/model/intelligence-data'
import type { ThemeLabel } from '../../common/model/intelligence-types'
import { readUserOntology, type UserOntology } from '../ontology/user-ontology-file'

export interface IntelligenceFiles {
  knownDocuments: KnownDocument[]
  /** Validated; compiled where it is used (compile-ontology.ts), after the word list is installed. */
  ontology: unknown
  /** Names both: an index analysed under other data is analysed again. */
  key: string
}

/** The data as read, each part apart: the app edits the ontology and keeps the shipped one to go back to. */
export interface IntelligenceSources {
  /** The shipped list, then the user's entries. */
  knownDocuments: KnownDocument[]
  shippedOntology: ThemeOntology
  userOntology: UserOntology
}

export const USER_KNOWN_DOCUMENTS = 'known-documents.json'
export { USER_ONTOLOGY } from '../ontology/user-ontology-file'

/** Throws when a shipped file cannot be read. */
export function readIntelligenceSources(
  resources: string,
  dataDir: string | null,
  log?: (message: string) => void
): IntelligenceSources {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
  const shippedKnown = knownDocumentsFileSchema.parse(read(join(resources, 'known-documents.json'))).documents
  const shippedOntology = themeOntologySchema.parse(read(join(resources, 'themes-ontology.json')))
  let userKnown: KnownDocument[] = []
  let userOntology: UserOntology = { ontology: null, problem: null }
  if (dataDir) {
    const userFile = join(dataDir, USER_KNOWN_DOCUMENTS)
    try {
      if (existsSync(userFile)) userKnown = knownDocumentsFileSchema.parse(read(userFile)).documents
    } catch (err) {
      log?.(`[intelligence] your known-documents list could not be used (${String(err)}); the shipped one is`)
    }
    userOntology = readUserOntology(dataDir)
    if (userOntology.problem) log?.(`[intelligence] ${userOntology.problem}`)
  }
  return { knownDocuments: [...shippedKnown, ...userKnown], shippedOntology, userOntology }
}

/** The data a worker analyses with, under a key that names it. */
export function intelligenceFiles(knownDocuments: KnownDocument[], ontology: ThemeOntology): IntelligenceFiles {
  const key = createHash('sha256')
    .update(JSON.stringify([knownDocuments, ontology]))
    .digest('hex')
    .slice(0, 16)
  return { knownDocuments, ontology, key }
}

export function readIntelligenceFiles(
  resources: string,
  dataDir: string | null,
  log?: (message: string) => void
): IntelligenceFiles {
  const sources = readIntelligenceSources(resources, dataDir, log)
  return intelligenceFiles(sources.knownDocuments, sources.userOntology.ontology ?? sources.shippedOntology)
}

/** The files, or nothing (and said) when the shipped ones cannot be read: search works without them. */
export function readIntelligence(
  resources: string,
  dataDir: string,
  log?: (message: string) => void
): IntelligenceFiles | undefined {
  try {
    return readIntelligenceFiles(resources, dataDir, log)
  } catch (err) {
    log?.(
      `[intelligence] the known-documents list or theme ontology could not be read (${String(err)}); articles are not analysed`
    )
    return undefined
  }
}

/** The ontology's themes as the views label them. */
export function themeLabels(ontology: ThemeOntology | null): ThemeLabel[] {
  if (!ontology) return []
  return ontology.themes.map(({ id, label, description, relatedDocuments }) => ({
    id,
    label,
    description,
    relatedDocuments
  }))
}
