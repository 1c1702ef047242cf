// The data citation and theme detection read: the shipped known-documents list and theme ontology
// (resources/), and the user's own in the data folder, which add to the list (an entry with a
// shipped key corrects it) and replace the ontology. The shipped files are never written. A user
// file that cannot be read or is invalid is reported and the shipped data is used.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { type KnownDocument, knownDocumentsFileSchema, themeOntologySchema } from '../../common/model/intelligence-data'
import type { ThemeLabel } from '../../common/model/intelligence-types'

export interface IntelligenceFiles {
  knownDocuments: KnownDocument[]
  /** Validated; compiled where it is used (compile-ontology.ts), after the word list is installed. */
  ontology: unknown
  /** Names both: an index analysed under other data is analysed again. */
  key: string
}

export const USER_KNOWN_DOCUMENTS = 'known-documents.json'
export const USER_ONTOLOGY = 'themes-ontology.json'

export function readIntelligenceFiles(
  resources: string,
  dataDir: string | null,
  log?: (message: string) => void
): IntelligenceFiles {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
  const shippedKnown = knownDocumentsFileSchema.parse(read(join(resources, 'known-documents.json'))).documents
  let ontology = themeOntologySchema.parse(read(join(resources, 'themes-ontology.json')))
  let userKnown: KnownDocument[] = []
  if (dataDir) {
    const userFile = (name: string) => join(dataDir, name)
    try {
      if (existsSync(userFile(USER_KNOWN_DOCUMENTS)))
        userKnown = knownDocumentsFileSchema.parse(read(userFile(USER_KNOWN_DOCUMENTS))).documents
    } catch (err) {
      log?.(`[intelligence] your known-documents list could not be used (${String(err)}); the shipped one is`)
    }
    try {
      if (existsSync(userFile(USER_ONTOLOGY))) ontology = themeOntologySchema.parse(read(userFile(USER_ONTOLOGY)))
    } catch (err) {
      log?.(`[intelligence] your theme ontology could not be used (${String(err)}); the shipped one is`)
    }
  }
  const knownDocuments = [...shippedKnown, ...userKnown]
  const key = createHash('sha256')
    .update(JSON.stringify([knownDocuments, ontology]))
    .digest('hex')
    .slice(0, 16)
  return { knownDocuments, ontology, key }
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
export function themeLabels(files: IntelligenceFiles | undefined): ThemeLabel[] {
  if (!files) return []
  return themeOntologySchema.parse(files.ontology).themes.map(({ id, label, description, relatedDocuments }) => ({
    id,
    label,
    description,
    relatedDocuments
  }))
}
