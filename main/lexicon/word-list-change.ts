// What a change of the domain word list can touch. The kernel consults the list only where a listed
// word occurs in the text (a trie walk from each position), so a text that holds none of the words
// added or removed, as a substring, is cut exactly as before: its postings, word sequence and
// analysis stay valid. Only texts holding one are indexed again.

export interface WordListChange {
  added: string[]
  removed: string[]
}

/** Both lists normalised and sorted, as kernel-words keeps them. */
export function wordListChange(before: readonly string[], after: readonly string[]): WordListChange {
  const was = new Set(before)
  const is = new Set(after)
  return { added: after.filter((word) => !was.has(word)), removed: before.filter((word) => !is.has(word)) }
}

export const isNoChange = ({ added, removed }: WordListChange) => added.length === 0 && removed.length === 0

/** A few words: `includes` each (V8 searches one string far faster than a loop can). */
const FEW = 8

/** Does a text hold any of `words` as a substring? Built once per change, asked of every text. */
export function holdsAnyOf(words: readonly string[]): (text: string) => boolean {
  const list = [...new Set(words.filter((word) => word.length > 0))]
  if (list.length === 0) return () => false
  if (list.length <= FEW) return (text) => list.some((word) => text.includes(word))
  // Many (a first launch with a longer list): the words by their first code unit, tried where it occurs.
  const byFirst = new Map<number, string[]>()
  for (const word of list) {
    const first = word.charCodeAt(0)
    const same = byFirst.get(first)
    if (same) same.push(word)
    else byFirst.set(first, [word])
  }
  return (text) => {
    for (let at = 0; at < text.length; at++) {
      const candidates = byFirst.get(text.charCodeAt(at))
      if (candidates?.some((word) => text.startsWith(word, at))) return true
    }
    return false
  }
}

/** The matcher for a change: texts holding a word added or removed. */
export const touchedBy = (change: WordListChange) => holdsAnyOf([...change.added, ...change.removed])
