// The sheet's rows, grouped by where the keys act, and the filter over them. Groups come from the
// shortcut ids' first part ('find.open' acts in the reader), which shortcuts.ts already organises by
// feature; an id no group claims goes by its scope (a pane's key to the reader, else "Other").
// Two shortcuts of one group with one description are one row: Ctrl+K and / both search.
import type { CatalogueEntry } from './shortcut-catalogue'
import { formatKeys, type KeyChord, type Platform } from './format-keys'

export interface SheetRow {
  ids: string[]
  description: string
  chords: KeyChord[]
  /** Lower-cased text the filter looks in: the description, and the keys as shown and spelled out. */
  haystack: string
}

export interface SheetGroup {
  id: string
  title: string
  /** Where the group's keys act, in a few words. */
  where: string
  rows: SheetRow[]
}

interface GroupSpec {
  id: string
  title: string
  where: string
  prefixes: string[]
}

/** In the order the sheet shows them; a group with no rows is left out. */
const GROUPS: GroupSpec[] = [
  {
    id: 'library',
    title: 'Library and search',
    where: 'Search keys work from anywhere',
    prefixes: ['search', 'library']
  },
  { id: 'views', title: 'Views', where: 'Library-wide views in the reader’s place', prefixes: ['overview'] },
  { id: 'review', title: 'Theme review', where: 'In its list of passages', prefixes: ['review'] },
  { id: 'panes', title: 'Reader panes', where: 'Opening and moving between two readers', prefixes: ['panes'] },
  { id: 'reader', title: 'Reader', where: 'The reader in use', prefixes: ['reader', 'find'] },
  { id: 'selection', title: 'Selected text', where: 'While a passage is selected', prefixes: ['selection', 'link'] },
  { id: 'sidebar', title: 'Sidebar', where: 'The annotations beside the reader', prefixes: ['sidebar', 'annotation'] },
  { id: 'editing', title: 'Undo and redo', where: 'One history for every change', prefixes: ['edit'] },
  { id: 'dialogs', title: 'Dialogs', where: 'Escape closes any of them', prefixes: ['export', 'help', 'dialog'] },
  { id: 'other', title: 'Other', where: 'Anywhere', prefixes: [] }
]

function groupOf(entry: CatalogueEntry): string {
  const prefix = entry.id.split('.')[0] ?? ''
  const spec = GROUPS.find((group) => group.prefixes.includes(prefix))
  return spec?.id ?? (entry.scope === 'pane' ? 'reader' : 'other')
}

/** 'Mod+Shift?+K' as the filter should also find it: 'ctrl+k cmd+k'. */
const writtenForms = (combo: string) =>
  ['Ctrl', 'Cmd'].map((mod) =>
    combo
      .replace('Mod', mod)
      .replace(/Shift\?\+/g, '')
      .replace('code:', '')
  )

function toRow(entries: CatalogueEntry[], platform: Platform): SheetRow {
  const first = entries[0] as CatalogueEntry
  const chords = formatKeys(
    entries.flatMap((entry) => entry.keys),
    platform
  )
  // Not the combos as written: 'Shift?+H' would make "shift" find every one-letter key.
  const written = entries.flatMap((entry) => entry.keys.flatMap(writtenForms))
  const haystack = [first.description, ...chords.map((chord) => chord.text), ...written].join('\n').toLowerCase()
  return { ids: entries.map((entry) => entry.id), description: first.description, chords, haystack }
}

export function groupShortcuts(entries: readonly CatalogueEntry[], platform: Platform): SheetGroup[] {
  return GROUPS.flatMap(({ id, title, where }) => {
    const mine = entries.filter((entry) => groupOf(entry) === id)
    const byDescription = new Map<string, CatalogueEntry[]>()
    for (const entry of mine)
      byDescription.set(entry.description, [...(byDescription.get(entry.description) ?? []), entry])
    const rows = [...byDescription.values()].map((same) => toRow(same, platform))
    return rows.length > 0 ? [{ id, title, where, rows }] : []
  })
}

/** The groups with only the rows whose description or keys hold every word of `query`. */
export function filterGroups(groups: readonly SheetGroup[], query: string): SheetGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...groups]
  return groups.flatMap((group) => {
    const rows = group.rows.filter((row) => words.every((word) => row.haystack.includes(word)))
    return rows.length > 0 ? [{ ...group, rows }] : []
  })
}
