// The theme ontology detection uses, edited by the user from the app: the user's version (the
// data folder's themes-ontology.json) or the shipped one. Each edit is applied in memory,
// announced to the listeners (the search index detects again, the renderer refetches), then
// written whole. A write that fails keeps the edit in memory and says so, as the word list does;
// the next edit or the close writes the whole ontology again.
import type { ThemeOntology } from '../../common/model/intelligence-data'
import type { OntologyEdit } from '../../common/model/ontology-edit'
import type { OntologyEditResult, OntologyView } from '../../common/model/ontology-view'
import { UserFileWrites } from '../storage/user-file-writes'
import { applyEdit } from './ontology-edits'
import { ontologyView } from './ontology-view'
import type { UserOntology } from './user-ontology-file'

export interface OntologyChanged {
  ontology: ThemeOntology
  /** The themes (ids) the edit changed, added or removed. */
  themes: string[]
}

export class OntologyEditor {
  private current: ThemeOntology
  private problem: string | null
  private readonly writes: UserFileWrites
  private readonly listeners = new Set<(change: OntologyChanged) => void>()

  constructor(
    private readonly shipped: ThemeOntology,
    user: UserOntology,
    /** Replaces the user's file with this ontology durably, or (null) removes it. */
    write: (ontology: ThemeOntology | null) => Promise<void>,
    /** How many words the text kernel cuts a cue into. */
    private readonly cueWords: (text: string) => number,
    /** Told when a write fails (the app's notices), besides the caller's answer. */
    report: (problem: string) => void = () => undefined
  ) {
    this.current = user.ontology ?? shipped
    this.problem = user.problem
    // The shipped ontology is written as no file: later shipped cues then reach the user.
    this.writes = new UserFileWrites(
      () => write(this.isShipped() ? null : this.current),
      (reason) => `Your theme edits could not be saved (${reason}): they are kept until Crossread closes.`,
      report
    )
  }

  /** The ontology detection uses now. */
  get ontology(): ThemeOntology {
    return this.current
  }

  view(): OntologyView {
    return ontologyView(this.current, this.shipped, { yours: !this.isShipped(), problem: this.problem })
  }

  /** Applies one edit (throws an ApiError when it cannot be made); answers whether it was saved. */
  async edit(edit: OntologyEdit): Promise<OntologyEditResult> {
    const before = this.current
    const outcome = applyEdit(before, this.shipped, edit, this.cueWords)
    if (!outcome.changed) {
      const saved = await this.writes.settled()
      return { ontology: this.view(), theme: outcome.theme, changed: false, saved, problem: null }
    }
    this.current = outcome.ontology
    const themes = outcome.theme !== null ? [outcome.theme] : changedThemes(before, this.current)
    for (const listener of this.listeners) listener({ ontology: this.current, themes })
    const problem = await this.writes.save()
    this.problem = problem
    return { ontology: this.view(), theme: outcome.theme, changed: true, saved: problem === null, problem }
  }

  /** Called with each change, after the ontology in memory changed and before it is written. */
  onChange(listener: (change: OntologyChanged) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Writes the ontology again if the last write failed; false if it fails again. */
  async flush(): Promise<boolean> {
    const saved = await this.writes.flush()
    if (saved) this.problem = null
    return saved
  }

  private isShipped(): boolean {
    return JSON.stringify(this.current) === JSON.stringify(this.shipped)
  }
}

/** The ids of the themes that differ between two ontologies (added, removed or changed). */
function changedThemes(before: ThemeOntology, after: ThemeOntology): string[] {
  const was = new Map(before.themes.map((theme) => [theme.id, JSON.stringify(theme)]))
  const is = new Map(after.themes.map((theme) => [theme.id, JSON.stringify(theme)]))
  return [...new Set([...was.keys(), ...is.keys()])].filter((id) => was.get(id) !== is.get(id))
}
