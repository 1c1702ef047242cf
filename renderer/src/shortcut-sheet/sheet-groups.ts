// The sheet's rows, grouped by where the keys act, and the filter over them. Groups come from the
// shortcut ids' first part ('find.open' acts in the reader), which shortcuts.ts already organises by
// feature; an id no group claims goes by its scope (a pane's key to the reader, else "Other").
// Two shortcuts of one group with one description are one row: Ctrl+K and / both search.
import type { TFunction } from 'i18next'
// The app's instance, set up by i18n/i18n.ts (imported by main.tsx): plain i18next here keeps this
// module free of Vite's glob, so a test or a benchmark page can use it without the messages.
import i18next from 'i18next'
import messages from '../i18n/messages/en/shortcuts.json'
import type { CatalogueEntry } from './shortcut-catalogue'
import { formatKeys, type KeyChord, type Platform } from './format-keys'
import { isChangeable } from './rebind-check'

export interface SheetRow {
  ids: string[]
  description: string
  chords: KeyChord[]
  /** Lower-cased text the filter looks in: the description, and the keys as shown and spelled out. */
  haystack: string
  /** The shortcut "Change" gives new keys: the row's first that can have them (Ctrl+K, not '/'). */
  changeId: string | null
  /** The user gave it keys of their own. */
  changed: boolean
}

export interface SheetGroup {
  id: string
  title: string
  /** Where the group's keys act, in a few words. */
  where: string
  rows: SheetRow[]
}

interface GroupSpec {
  id: GroupId
  prefixes: string[]
}

type GroupId = keyof typeof messages.groups
type DescriptionKey = keyof typeof messages.descriptions

/** In the order the sheet shows them; a group with no rows is left out. Titles: shortcuts.json. */
const GROUPS: GroupSpec[] = [
  { id: 'library', prefixes: ['search', 'library'] },
  { id: 'views', prefixes: ['overview'] },
  { id: 'review', prefixes: ['review'] },
  { id: 'panes', prefixes: ['panes'] },
  { id: 'reader', prefixes: ['reader', 'find'] },
  { id: 'selection', prefixes: ['selection', 'link'] },
  { id: 'sidebar', prefixes: ['sidebar', 'annotation'] },
  { id: 'editing', prefixes: ['edit'] },
  { id: 'dialogs', prefixes: ['export', 'help', 'dialog'] },
  { id: 'other', prefixes: [] }
]

/** A definition's description is a key of shortcuts.json; one registered by a feature with its own
 * wording (not a key) is shown as it is. */
const isDescriptionKey = (description: string): description is DescriptionKey =>
  Object.hasOwn(messages.descriptions, description)

export function describeShortcut(t: TFunction<'shortcuts'>, description: string): string {
  return isDescriptionKey(description) ? t(`descriptions.${description}`) : description
}

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

function toRow(entries: CatalogueEntry[], platform: Platform, t: TFunction<'shortcuts'>): SheetRow {
  const first = entries[0] as CatalogueEntry
  const chords = formatKeys(
    entries.flatMap((entry) => entry.keys),
    platform
  )
  // Not the combos as written: 'Shift?+H' would make "shift" find every one-letter key.
  const written = entries.flatMap((entry) => entry.keys.flatMap(writtenForms))
  const description = describeShortcut(t, first.description)
  // The English wording too, so a Thai interface still finds "export" (the README's words).
  const english = isDescriptionKey(first.description) ? messages.descriptions[first.description] : ''
  const haystack = [description, english, ...chords.map((chord) => chord.text), ...written].join('\n').toLowerCase()
  const changeId = entries.find(isChangeable)?.id ?? null
  const changed = entries.some((entry) => entry.changed)
  return { ids: entries.map((entry) => entry.id), description, chords, haystack, changeId, changed }
}

/** The rows by group, worded by `t` (by default in the interface's language of the moment). */
export function groupShortcuts(
  entries: readonly CatalogueEntry[],
  platform: Platform,
  t: TFunction<'shortcuts'> = i18next.getFixedT(null, 'shortcuts')
): SheetGroup[] {
  return GROUPS.flatMap(({ id }) => {
    const mine = entries.filter((entry) => groupOf(entry) === id)
    const byDescription = new Map<string, CatalogueEntry[]>()
    for (const entry of mine)
      byDescription.set(entry.description, [...(byDescription.get(entry.description) ?? []), entry])
    const rows = [...byDescription.values()].map((same) => toRow(same, platform, t))
    return rows.length > 0 ? [{ id, title: t(`groups.${id}.title`), where: t(`groups.${id}.where`), rows }] : []
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
