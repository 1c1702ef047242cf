// The effective ontology as the theme editor shows it, marked against the shipped one: which
// themes are the user's own or changed, which cues the user added (or gave another weight), and
// which shipped cues the user removed.
import type { Theme, ThemeCue, ThemeOntology } from '../../common/model/intelligence-data'
import type { CueView, OntologyView, ThemeView } from '../../common/model/ontology-view'
import { ontologyVersion } from '../themes/compile-ontology'
import { sameCue } from './ontology-edits'

export function ontologyView(
  current: ThemeOntology,
  shipped: ThemeOntology,
  state: { yours: boolean; problem: string | null }
): OntologyView {
  const shippedThemes = new Map(shipped.themes.map((theme) => [theme.id, theme]))
  return {
    themes: current.themes.map((theme) => themeView(theme, shippedThemes.get(theme.id) ?? null)),
    version: ontologyVersion(current),
    ...state
  }
}

function themeView(theme: Theme, shipped: Theme | null): ThemeView {
  const cue = ({ text, lang, weight }: ThemeCue, yours: boolean): CueView => ({ text, lang, weight, yours })
  const shippedCue = (kept: ThemeCue) =>
    shipped?.cues.some((c) => sameCue(c.text, kept.text) && c.weight === kept.weight && c.lang === kept.lang) ?? false
  const labelEdited = shipped !== null && JSON.stringify(label(theme)) !== JSON.stringify(label(shipped))
  return {
    id: theme.id,
    label: theme.label,
    ...(theme.description !== undefined && { description: theme.description }),
    relatedDocuments: theme.relatedDocuments,
    cues: theme.cues.map((kept) => cue(kept, !shippedCue(kept))),
    removedCues: (shipped?.cues ?? [])
      .filter((gone) => !theme.cues.some((kept) => sameCue(kept.text, gone.text)))
      .map((gone) => cue(gone, false)),
    origin: !shipped ? 'added' : JSON.stringify(theme) === JSON.stringify(shipped) ? 'shipped' : 'edited',
    labelEdited
  }
}

const label = (theme: Theme) => [theme.label.en, theme.label.th, theme.label.vi ?? '']
