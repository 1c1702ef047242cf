// What the tag picker offers for the text typed so far: the codebook's matching tags, best first,
// and a "Create tag" choice last. Kept apart from the component so the rules that decide whether
// Enter picks an existing tag or makes a new one are tested without a browser (issue 15: Enter
// used to create a stray tag from half-typed text even when an existing tag matched).
import type { Tag } from '../../../common/model/annotation-types'

export type TagSuggestion =
  | { kind: 'tag'; tag: Tag; /** Already on the highlight: shown, never picked twice. */ applied: boolean }
  | { kind: 'create'; name: string }

export interface TagSuggestions {
  options: TagSuggestion[]
  /** Index of the option highlighted first, or -1 when nothing can be picked. */
  highlighted: number
}

/** Case folding only: Thai and Vietnamese diacritics carry meaning, so they are matched as typed. */
export const foldTagName = (text: string) => text.normalize('NFC').toLocaleLowerCase()

/** The most suggestions shown; the list scrolls, this only keeps a huge codebook cheap. */
const MAX_TAGS = 50

/**
 * Matches anywhere in a tag's name, names starting with the text first, each group in codebook
 * order. With nothing typed, every tag is offered (the list opened with ↓). The create option
 * comes last, only when no tag (nor a new one already added) has exactly the typed name, and is
 * highlighted first only when no existing tag can be picked.
 */
export function suggestTags(tags: Tag[], typed: string, applied: string[], pending: string[] = []): TagSuggestions {
  const wanted = foldTagName(typed.trim())
  const starting: Tag[] = []
  const containing: Tag[] = []
  for (const tag of tags) {
    const name = foldTagName(tag.name)
    if (name.startsWith(wanted)) starting.push(tag)
    else if (name.includes(wanted)) containing.push(tag)
  }
  const options: TagSuggestion[] = [...starting, ...containing]
    .slice(0, MAX_TAGS)
    .map((tag) => ({ kind: 'tag', tag, applied: applied.includes(tag.id) }))
  const taken = [...tags.map((tag) => tag.name), ...pending].some((name) => foldTagName(name) === wanted)
  if (wanted !== '' && !taken) options.push({ kind: 'create', name: typed.trim() })
  return { options, highlighted: options.findIndex(isPickable) }
}

/** Whether Enter or a click on the option does anything. */
export const isPickable = (option: TagSuggestion) => option.kind === 'create' || !option.applied

/**
 * The next pickable option after `from` going `step` (1 down, -1 up), wrapping round at the ends
 * (from -1, ↓ gives the first and ↑ the last); -1 when none can be picked.
 */
export function moveHighlight(options: TagSuggestion[], from: number, step: 1 | -1): number {
  const count = options.length
  const start = from >= 0 ? from : step === 1 ? -1 : count
  for (let moved = 1; moved <= count; moved++) {
    const at = (((start + step * moved) % count) + count) % count
    if (isPickable(options[at]!)) return at
  }
  return -1
}
