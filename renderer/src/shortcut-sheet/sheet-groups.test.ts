import { describe, expect, it } from 'vitest'
import { GLOBAL_SCOPE, KeymapRegistry, type ListedShortcut } from '../keys/keymap-registry'
import { formatCombo, formatKeys, type Platform } from './format-keys'
import { filterGroups, groupShortcuts, type SheetGroup } from './sheet-groups'
import { shortcutCatalogue } from './shortcut-catalogue'

/** A group as 'Title: description = keys; …', the chords as shown. */
const compact = (group: SheetGroup) =>
  `${group.title}: ` +
  group.rows.map((row) => `${row.description} = ${row.chords.map((chord) => chord.text).join(' | ')}`).join('; ')

const sheet = (platform: Platform = 'other', registered: ListedShortcut[] = []) =>
  groupShortcuts(shortcutCatalogue(registered), platform)

const row = (groups: SheetGroup[], id: string) => groups.flatMap((g) => g.rows).find((r) => r.ids.includes(id))

describe('keys as the user types them', () => {
  it.each([
    // [combo, on Linux and Windows, on macOS]
    ['Mod+Shift+E', 'Ctrl+Shift+E', '⇧⌘E'],
    ['Mod+Shift?+K', 'Ctrl+K', '⌘K'], // an optional Shift is not shown
    ['Shift?+H', 'H', 'H'],
    ['Alt+ArrowLeft', 'Alt+←', '⌥←'],
    ['Mod+Alt+code:Backslash', 'Ctrl+Alt+\\', '⌥⌘\\'],
    ['Shift+F3', 'Shift+F3', '⇧F3'],
    ['Shift?+Escape', 'Esc', 'Esc'],
    ['Shift?+?', '?', '?'],
    ['F1', 'F1', 'F1']
  ])('%s is %s, or %s on a Mac', (combo, other, mac) => {
    expect([formatCombo(combo, 'other').text, formatCombo(combo, 'mac').text]).toEqual([other, mac])
  })

  it('shows a key written twice (by character and by physical key) once, and digits 1 to 6 as a range', () => {
    expect(formatKeys(['Mod+F', 'Mod+code:KeyF'], 'other').map((chord) => chord.text)).toEqual(['Ctrl+F'])
    const colours = formatKeys(['Shift?+1', 'Shift?+2', 'Shift?+3', 'Shift?+4', 'Shift?+5', 'Shift?+6'], 'other')
    expect(colours.map((chord) => chord.keys)).toEqual([['1–6']])
    expect(formatKeys(['Shift?+1', 'Shift?+2'], 'other').map((chord) => chord.text)).toEqual(['1', '2'])
  })
})

describe('the groups', () => {
  it('lists every defined shortcut by where it acts, even with nothing registered', () => {
    const groups = sheet()
    expect(groups.map((group) => group.title)).toEqual([
      'Library and search',
      'Views',
      'Theme review',
      'Reader panes',
      'Reader',
      'Selected text',
      'Sidebar',
      'Undo and redo',
      'Dialogs'
    ])
    expect(compact(groups[0] as SheetGroup)).toMatch(/^Library and search: Search the library = Ctrl\+K \| \/; /)
    expect(compact(groups.find((group) => group.id === 'dialogs') as SheetGroup)).toBe(
      'Dialogs: Settings = Ctrl+,; Export or import annotations = Ctrl+Shift+E; Show the keyboard shortcuts = ? | F1'
    )
    // The reader's keys, though no article is open (so none is registered).
    expect(row(groups, 'find.open')?.chords.map((chord) => chord.text)).toEqual(['Ctrl+F'])
    expect(row(groups, 'selection.color')?.description).toBe('Highlight in colour 1–6')
    // And the keys a control handles itself, which the registry never holds.
    expect(compact(groups.find((group) => group.id === 'review') as SheetGroup)).toContain(
      'Confirm the theme (checked rows, or the row at the cursor) = C'
    )
    expect(row(groups, 'review.check')?.chords.map((chord) => chord.text)).toEqual(['Space'])
    expect(row(groups, 'sidebar.save-text')?.chords.map((chord) => chord.text)).toEqual(['Ctrl+Enter'])
  })

  it('lists a pane key once with two panes open, and adds a registered key no table defines', () => {
    const registered = [
      { id: 'find.open', scope: 'pane-main', keys: ['Mod+F'], description: 'Find in the article', inInputs: true },
      { id: 'find.open', scope: 'pane-beside', keys: ['Mod+F'], description: 'Find in the article', inInputs: true },
      { id: 'codebook.rename', scope: GLOBAL_SCOPE, keys: ['F2'], description: 'Rename the tag', inInputs: false },
      { id: 'margin.next', scope: 'pane-main', keys: ['Alt+N'], description: 'Next note', inInputs: false }
    ]
    const groups = sheet('other', registered)
    const ids = groups.flatMap((group) => group.rows.flatMap((sheetRow) => sheetRow.ids))
    expect(ids.filter((id) => id === 'find.open')).toHaveLength(1)
    expect(compact(groups.at(-1) as SheetGroup)).toBe('Other: Rename the tag = F2')
    expect(groups.find((group) => group.id === 'reader')?.rows.map((sheetRow) => sheetRow.description)).toContain(
      'Next note'
    )
  })

  it('has no two shortcuts that one key press could both trigger in one scope', () => {
    const registry = new KeymapRegistry()
    const registered = shortcutCatalogue().filter((entry) => entry.scope !== 'local')
    for (const entry of registered)
      registry.register({ ...entry, scope: entry.scope === 'pane' ? 'pane' : GLOBAL_SCOPE, run: () => {} })
    expect(registry.list()).toHaveLength(registered.length)
  })
})

describe('the filter', () => {
  const descriptions = (groups: SheetGroup[]) => groups.flatMap((g) => g.rows.map((r) => r.description))

  it.each([
    // [typed, a description it must find, one it must not]
    ['export', 'Export or import annotations', 'Search the library'],
    ['ctrl+shift+e', 'Export or import annotations', 'Undo the last annotation or codebook change'],
    ['Ctrl+K', 'Search the library', 'Export or import annotations'],
    ['f1', 'Show the keyboard shortcuts', 'Search the library'],
    ['?', 'Show the keyboard shortcuts', 'Search the library'],
    ['backslash', 'Swap the two readers', 'Find in the article'],
    ['find article', 'Find in the article', 'Next match (opens find)']
  ])('"%s" finds "%s" and not "%s"', (typed, found, notFound) => {
    const shown = descriptions(filterGroups(sheet(), typed))
    expect(shown).toContain(found)
    expect(shown).not.toContain(notFound)
  })

  it('finds a Mac user’s keys by the symbol or by name, and drops groups left empty', () => {
    expect(descriptions(filterGroups(sheet('mac'), '⇧⌘E'))).toEqual(['Export or import annotations'])
    expect(descriptions(filterGroups(sheet('mac'), 'cmd+shift+e'))).toEqual(['Export or import annotations'])
    expect(filterGroups(sheet(), 'no such action')).toEqual([])
    expect(filterGroups(sheet(), '  ')).toHaveLength(sheet().length)
  })

  it('does not match an optional Shift: "shift" finds keys typed with Shift only', () => {
    expect(descriptions(filterGroups(sheet(), 'shift'))).not.toContain('Highlight in the last colour')
  })
})
