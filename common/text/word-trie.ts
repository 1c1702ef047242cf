// The domain word list, asked about nearly every position of every Thai run the index cuts
// (domain-words.ts). Asking a trie at each position cost as much as a third of ICU's own time;
// one regular expression of all the words finds where any of them occurs in a paragraph in a
// small fraction of that (V8 compiles it to machine code), so the trie is walked only there.

interface TrieNode {
  word: boolean
  /** By UTF-16 code unit: a char code needs no one-character string per step. */
  next: Map<number, TrieNode>
}

export class WordTrie {
  private readonly root: TrieNode = { word: false, next: new Map() }
  private readonly words: string[] = []
  private pattern: RegExp | null = null

  get size(): number {
    return this.words.length
  }

  /** Adds `word`; false if it was listed already. */
  add(word: string): boolean {
    let node = this.root
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k)
      let child = node.next.get(code)
      if (!child) node.next.set(code, (child = { word: false, next: new Map() }))
      node = child
    }
    if (node.word) return false
    node.word = true
    this.words.push(word)
    this.pattern = null
    return true
  }

  /**
   * A flag for each offset of `text` where a listed word starts, or null when none occurs. Every
   * start is found, overlapping ones too: each search resumes one unit after the last match.
   */
  startsIn(text: string): Uint8Array | null {
    if (this.words.length === 0) return null
    const pattern = (this.pattern ??= new RegExp(this.words.map(escapeRegExp).join('|'), 'g'))
    pattern.lastIndex = 0
    let starts: Uint8Array | null = null
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      ;(starts ??= new Uint8Array(text.length))[match.index] = 1
      pattern.lastIndex = match.index + 1
    }
    return starts
  }

  /** The end of the longest listed word at `from`, before `to`, whose end `accept` takes; `from` if none. */
  longestAt(
    text: string,
    from: number,
    to: number,
    accept: (text: string, end: number, to: number) => boolean
  ): number {
    let node: TrieNode | undefined = this.root
    let best = from
    for (let at = from; at < to;) {
      node = node.next.get(text.charCodeAt(at))
      if (!node) break
      at++
      if (node.word && accept(text, at, to)) best = at
    }
    return best
  }
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
