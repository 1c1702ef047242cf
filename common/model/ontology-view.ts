// The theme ontology as the theme editor shows it: the effective ontology (the user's version in
// the data folder, or the shipped one), with which parts are the user's, and what an edit answers.
import type { ThemeCue } from './intelligence-data'

export interface CueView extends ThemeCue {
  /** Not in the shipped version of its theme (added by the user, or given another weight). */
  yours: boolean
}

export interface ThemeView {
  id: string
  label: { en: string; th: string; vi?: string }
  description?: string
  /** Keys of known documents (`18-NQ/TW@2017`) whose citation supports the theme. */
  relatedDocuments: string[]
  cues: CueView[]
  /** Cues of the shipped version the user removed: a reset brings them back. */
  removedCues: CueView[]
  /** `added`: the user's own theme; `edited`: a shipped theme the user changed. */
  origin: 'shipped' | 'edited' | 'added'
  /** The labels differ from the shipped version's. */
  labelEdited: boolean
}

export interface OntologyView {
  themes: ThemeView[]
  /** The version detection records with each suggestion (a short hash of the whole ontology). */
  version: string
  /** The user's version is in use (themes-ontology.json in the data folder). */
  yours: boolean
  /** Why the user's version could not be read, or the last edit not saved; null when all is well. */
  problem: string | null
}

export interface OntologyEditResult {
  ontology: OntologyView
  /** The theme the edit touched (a new theme's id, derived from its English label). */
  theme: string | null
  /** False when there was nothing to do (the cue was there already with that weight, say). */
  changed: boolean
  /** Written to the data folder; when not, the edit is kept for this session only. */
  saved: boolean
  /** Why it was not saved, in words a researcher can act on. */
  problem: string | null
}
