// The theme ontology detection uses, edited by the user from the app: the user's version (the
// data folder's themes-ontology.json) or the shipped one. Each edit is applied in memory,
// announced to the listeners (the search index detects again, the renderer refetches), then
// written whole. A write that fails keeps the edit in memory and says so, as the word list does;
// the next edit or the close writes the whole ontology again.
import type { ThemeOntology } from '../../common/model/intelligence-data'
import type { OntologyEdit } from '../../common/model/ontology-edit'
import type { OntologyEditResult, OntologyView } from '../../common/model/ontology-view'
import { describeWriteError } from '../store/describe-write-error'
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
  private writing: Promise<void> = Promise.resolve()
  private unsaved = false
  private readonly listeners = new Set<(change: OntologyChanged) => void>()

  constructor(
    private readonly shipped: ThemeOntology,
    user: UserOntology,
    /** Replaces the user's file with this ontology durably, or (null) removes it. */
    private readonly write: (ontology: ThemeOntology | null) => Promise<void>,
    /** How many words the text kernel cuts a cue into. */
    private readonly cueWords: (text: string) => number,
    /** Told when a write fails (the app's notices), besides the caller's answer. */
    private readonly report: (problem: string) => void = () => undefined
  ) {
    this.current = user.ontology ?? shipped
    this.problem = user.problem
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
      await this.writing
      return { ontology: this.view(), theme: outcome.theme, changed: false, saved: !this.unsaved, problem: null }
    }
    this.current = outcome.ontology
    const themes = outcome.theme !== null ? [outcome.theme] : changedThemes(before, this.current)
    for (const listener of this.listeners) listener({ ontology: this.current, themes })
    const problem = await this.save()
    return { ontology: this.view(), theme: outcome.theme, changed: true, saved: problem === null, problem }
  }

  /** Called with each change, after the ontology in memory changed and before it is written. */
  onChange(listener: (change: OntologyChanged) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Writes the ontology again if the last write failed; false if it fails again. */
  async flush(): Promise<boolean> {
    if (this.unsaved) return (await this.save()) === null
    await this.writing
    return !this.unsaved
  }

  private isShipped(): boolean {
    return JSON.stringify(this.current) === JSON.stringify(this.shipped)
  }

  /** Writes the ontology as it is when the write before ends (the shipped one: the file goes). */
  private save(): Promise<string | null> {
    const written = this.writing.then(() => this.write(this.isShipped() ? null : this.current))
    this.writing = written.then(
      () => void (this.unsaved = false),
      () => void (this.unsaved = true)
    )
    return written.then(
      () => (this.problem = null),
      (err: unknown) => {
        const problem = `Your theme edits could not be saved (${describeWriteError(err)}): they are kept until Crossread closes.`
        this.problem = problem
        this.report(problem)
        return problem
      }
    )
  }
}

/** The ids of the themes that differ between two ontologies (added, removed or changed). */
function changedThemes(before: ThemeOntology, after: ThemeOntology): string[] {
  const was = new Map(before.themes.map((theme) => [theme.id, JSON.stringify(theme)]))
  const is = new Map(after.themes.map((theme) => [theme.id, JSON.stringify(theme)]))
  return [...new Set([...was.keys(), ...is.keys()])].filter((id) => was.get(id) !== is.get(id))
}
