// The open article's words for the find bar, segmented once when the bar opens. A long article's
// are segmented in slices at idle moments (a 5 MB one took over a second in one go, the window
// frozen): the first slice at once, so matches near the top show while the rest is counted.
import { useEffect, useMemo, useState } from 'react'
import type { ArticleBlock } from '../../../../common/model/article-types'
import type { WordAt } from '../../../../common/text/query'
import { whenIdle } from '../../article-doc/progressive-doc'
import { blockWords } from './find-matches'

/** Text segmented at once: every ordinary article is, whole. */
const FIRST_CHARS = 100_000
/** Text segmented per idle slice afterwards: some tens of milliseconds. */
const SLICE_CHARS = 40_000

/** Each block's words (in order, maybe not all yet), or null while the bar is closed. */
export function useBlockWords(open: boolean, blocks: ArticleBlock[], listKey: unknown): WordAt[][] | null {
  const head = useMemo(
    () => (open ? (void listKey, blockWords(textsUpTo(blocks, 0, FIRST_CHARS))) : null),
    [open, blocks, listKey]
  )
  // The words after `head`, kept with the head they follow: a new article never shows stale ones.
  const [rest, setRest] = useState<{ head: WordAt[][]; words: WordAt[][] } | null>(null)
  useEffect(() => {
    if (!head || head.length >= blocks.length) return
    let at = head.length
    let cancel = () => undefined as void
    const step = () => {
      const texts = textsUpTo(blocks, at, SLICE_CHARS)
      const words = blockWords(texts)
      at += texts.length
      setRest((kept) => ({ head, words: [...(kept?.head === head ? kept.words : []), ...words] }))
      if (at < blocks.length) cancel = whenIdle(step)
    }
    cancel = whenIdle(step)
    return () => cancel()
  }, [head, blocks])
  return useMemo(() => (head && rest?.head === head ? [...head, ...rest.words] : head), [head, rest])
}

/** The texts of the blocks from `from` on, up to about `chars` characters (one block at least). */
function textsUpTo(blocks: ArticleBlock[], from: number, chars: number): string[] {
  const texts: string[] = []
  let total = 0
  for (let i = from; i < blocks.length && (texts.length === 0 || total < chars); i++) {
    const text = blocks[i]?.text ?? ''
    texts.push(text)
    total += text.length
  }
  return texts
}
