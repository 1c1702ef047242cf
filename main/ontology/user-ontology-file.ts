// The user's theme ontology: themes-ontology.json in the data folder, in the shipped file's shape
// and whole (it replaces the shipped ontology), so a file written by hand works as one the app
// wrote. Missing is the usual case: the shipped ontology is used. An edit replaces the file
// durably (temp file, fsync, rename); going back to the shipped ontology removes it, so that a
// later release's shipped cues reach the user. A file that is there but cannot be used is
// reported and never written over: the user's hand edits in it would be lost.
import { readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { themeOntologySchema, type ThemeOntology } from '../../common/model/intelligence-data'
import { syncFolder, writeFileDurably } from '../storage/write-file-durably'

export const USER_ONTOLOGY = 'themes-ontology.json'

export const userOntologyFile = (dataDir: string) => join(dataDir, USER_ONTOLOGY)

export interface UserOntology {
  /** Null when there is none, or it could not be used. */
  ontology: ThemeOntology | null
  /** Why the file could not be used (the shipped ontology is, and the file is never written over). */
  problem: string | null
}

export function readUserOntology(dataDir: string): UserOntology {
  const where = `Your theme ontology (${USER_ONTOLOGY} in the data folder)`
  let text: string
  try {
    text = readFileSync(userOntologyFile(dataDir), 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return { ontology: null, problem: null }
    return { ontology: null, problem: `${where} could not be read (${reason(err)}); the shipped one is used.` }
  }
  try {
    // A byte-order mark, as some editors write one, is no reason to refuse the file.
    return { ontology: themeOntologySchema.parse(JSON.parse(text.replace(/^\uFEFF/, ''))), problem: null }
  } catch (err) {
    return {
      ontology: null,
      problem: `${where} is not a valid ontology (${reason(err)}); the shipped one is used until the file is fixed or moved.`
    }
  }
}

/** Replaces the user's file with `ontology`, or (null) removes it: the shipped ontology is used again. */
export function userOntologyWriter(
  dataDir: string,
  read: UserOntology
): (ontology: ThemeOntology | null) => Promise<void> {
  return async (ontology) => {
    if (read.problem)
      throw new Error(`${USER_ONTOLOGY} in the data folder could not be used at launch, so it is not written over`)
    const file = userOntologyFile(dataDir)
    if (ontology === null) {
      await rm(file, { force: true })
      await syncFolder(dataDir)
      return
    }
    await writeFileDurably(file, `${JSON.stringify(ontology, null, 2)}\n`, { createFolder: true })
  }
}

function reason(err: unknown): string {
  if (err instanceof z.ZodError) return z.prettifyError(err).replace(/\s*\n\s*/g, ' ')
  return err instanceof Error ? err.message : String(err)
}
