// The saved shortcut keys that can be used, checked against the shortcuts this version defines:
// main checked their form (main/settings/shortcut-overrides-file.ts), but only here are the ids and
// their neighbours known. An unknown id (a shortcut since renamed or removed), keys that do not read
// or that clash with another shortcut are dropped, each with a logged reason; that shortcut keeps
// its default keys, and the app starts whatever the file holds (the registry would throw on a clash).
import type { ShortcutOverrides } from '../../../common/model/shortcut-overrides'
import type { ListedShortcut } from '../keys/keymap-registry'
import { isChangeable, refuseKeys } from './rebind-check'
import { shortcutCatalogue } from './shortcut-catalogue'

export function usableOverrides(
  saved: ShortcutOverrides,
  registered: readonly ListedShortcut[],
  warn: (reason: string) => void
): ShortcutOverrides {
  const known = new Set(
    shortcutCatalogue()
      .filter(isChangeable)
      .map((entry) => entry.id)
  )
  let kept: ShortcutOverrides = {}
  for (const [id, keys] of Object.entries(saved)) {
    if (known.has(id)) kept[id] = keys
    else warn(`Saved keys for shortcut "${id}" dropped: no such shortcut can be changed.`)
  }
  // Checked against one another as they will all be (a swap of two shortcuts' keys is fine); one
  // dropped gives its shortcut the default keys back, which may clash in turn: until none does.
  for (let dropped = true; dropped;) {
    dropped = false
    for (const [id, keys] of Object.entries(kept)) {
      const refusal = refuseKeys(shortcutCatalogue(registered, kept), id, keys)
      if (!refusal) continue
      const why = refusal.kind === 'taken' ? `they are the keys of "${refusal.other.id}"` : `refused (${refusal.kind})`
      warn(`Saved keys ${keys.join(', ')} for shortcut "${id}" dropped: ${why}.`)
      kept = Object.fromEntries(Object.entries(kept).filter(([other]) => other !== id))
      dropped = true
    }
  }
  return kept
}
