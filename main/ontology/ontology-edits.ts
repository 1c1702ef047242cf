// One edit of the theme ontology, applied to a copy: the new ontology, the theme it touched and
// whether anything changed. Inputs were checked already (common/model/ontology-edit.ts); what
// needs the ontology (the theme exists, a cue stays, an id is free) and the text kernel (a cue
// has words to match) is checked here, with an ApiError saying what to do instead.
import { ApiError } from '../../common/errors/api-error'
import type { Theme, ThemeOntology } from '../../common/model/intelligence-data'
import { cueLanguage, type OntologyEdit } from '../../common/model/ontology-edit'
import { themeIdFrom } from './theme-id'

export interface EditOutcome {
  ontology: ThemeOntology
  theme: string | null
  changed: boolean
}

/** `cueWords`: how many words the kernel cuts a cue into (a cue of none could never match). */
export function applyEdit(
  current: ThemeOntology,
  shipped: ThemeOntology,
  edit: OntologyEdit,
  cueWords: (text: string) => number
): EditOutcome {
  const themes = current.themes
  const find = (id: string): Theme => {
    const theme = themes.find((candidate) => candidate.id === id)
    if (!theme) throw new ApiError('not-found', `There is no theme “${id}” in the ontology.`)
    return theme
  }
  const replace = (id: string, next: Theme | null): EditOutcome => {
    const was = themes.find((theme) => theme.id === id)
    const changed = JSON.stringify(was ?? null) !== JSON.stringify(next)
    const list = next === null ? themes.filter((theme) => theme.id !== id) : themes.map((t) => (t.id === id ? next : t))
    if (next && !was) list.push(next)
    return { ontology: { ...current, themes: list }, theme: id, changed }
  }
  const checkWords = (text: string) => {
    if (cueWords(text) === 0) throw new ApiError('invalid-input', `“${text}” has no word to match in an article.`)
  }
  switch (edit.action) {
    case 'add-theme': {
      checkWords(edit.cue.text)
      const id = themeIdFrom(edit.label.en, new Set([...themes, ...shipped.themes].map((theme) => theme.id)))
      return replace(id, { id, label: labelOf(edit.label), cues: [cueOf(edit.cue)], relatedDocuments: [], notCues: [] })
    }
    case 'set-labels': {
      const theme = find(edit.theme)
      return replace(theme.id, { ...theme, label: labelOf(edit.label) })
    }
    case 'add-cue': {
      const theme = find(edit.theme)
      checkWords(edit.cue.text)
      const cue = cueOf(edit.cue)
      const at = theme.cues.findIndex((kept) => sameCue(kept.text, cue.text))
      const cues = at < 0 ? [...theme.cues, cue] : theme.cues.map((kept, k) => (k === at ? cue : kept))
      return replace(theme.id, { ...theme, cues })
    }
    case 'remove-cue': {
      const theme = find(edit.theme)
      const cues = theme.cues.filter((cue) => !sameCue(cue.text, edit.text))
      if (cues.length === theme.cues.length)
        throw new ApiError('not-found', `“${edit.text}” is not a cue of this theme, so nothing was removed.`)
      if (cues.length === 0)
        throw new ApiError('refused', 'A theme keeps at least one cue: add another before removing this one.')
      return replace(theme.id, { ...theme, cues })
    }
    case 'reset-theme': {
      find(edit.theme)
      return replace(edit.theme, shipped.themes.find((theme) => theme.id === edit.theme) ?? null)
    }
    case 'reset-all':
      return { ontology: shipped, theme: null, changed: JSON.stringify(current) !== JSON.stringify(shipped) }
  }
}

type EditOf<A extends OntologyEdit['action']> = Extract<OntologyEdit, { action: A }>

/** In the shipped file's shape and key order, so that an unchanged cue compares equal. */
const cueOf = ({ text, weight, lang }: EditOf<'add-cue'>['cue']) => ({ text, lang: lang ?? cueLanguage(text), weight })
const labelOf = ({ en, th, vi }: EditOf<'set-labels'>['label']) => ({ en, th, ...(vi ? { vi } : {}) })

/** Cues are one cue when they read the same: NFC, and case does not matter (Vietnamese cues). */
export function sameCue(a: string, b: string): boolean {
  return a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase()
}
