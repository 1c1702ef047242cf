import { beforeAll, describe, expect, it } from 'vitest'
import { fixtureSequences, bodyWords } from '../../tests/support/near-duplicate-fixtures'
import { useShippedDomainWords } from '../../tests/support/labelled-articles'
import { sharedEntries, sketchOfWords } from './shingle-sketch'
import { findPairs, NEAR_DUPLICATE_RULE } from './find-pairs'
import { copyGroups } from './copy-groups'
import { NearDuplicateIndex } from './near-duplicate-index'

const ORIGINAL = 'nhandan-bacninh-two-tier-month'
const CUT_DOWN = 'baobacninh-cut-down-new-lead'
const VERBATIM = 'vietnamvn-bacninh-verbatim'
const SAME_THEME = 'baoquangninh-same-theme-other-story'
const RETRANSLATED = 'baotintuc-bacninh-translated-differently'

let sketches: Map<string, Uint32Array>
beforeAll(() => {
  useShippedDomainWords() // as the app cuts
  sketches = new Map([...fixtureSequences()].map(([name, sequence]) => [name, sketchOfWords(bodyWords(sequence))]))
})

/** Share of `a`'s sketch found in `b`'s. */
const share = (a: string, b: string) =>
  sharedEntries(sketches.get(a) as Uint32Array, sketches.get(b) as Uint32Array) / (sketches.get(a)?.length ?? 1)

/** Words that no other text has: w0-1, w0-2, ... */
const uniqueWords = (doc: number, count: number) => Array.from({ length: count }, (_, i) => `w${doc}-${i}`)

describe('sketches', () => {
  it('keeps a sorted sample of five-word shingles, and a cut of a text samples within the whole', () => {
    const words = uniqueWords(1, 2000)
    const whole = sketchOfWords(words)
    expect(whole.length).toBeGreaterThan(400) // about 1 in 4 of 1,996 shingles
    expect(whole.length).toBeLessThan(600)
    expect([...whole]).toEqual([...whole].sort((a, b) => a - b))
    const cut = sketchOfWords(words.slice(500, 900))
    expect(sharedEntries(cut, whole)).toBe(cut.length)
    expect(sketchOfWords(['one', 'two', 'three', 'four'])).toHaveLength(0)
  })

  it.each([
    // [copy, original, at least, at most]: the share of the first's text found in the second
    [CUT_DOWN, ORIGINAL, 0.6, 0.9],
    [ORIGINAL, CUT_DOWN, 0.3, 0.6], // the original is mostly not in its cut-down republication
    [VERBATIM, ORIGINAL, 0.85, 1],
    [SAME_THEME, ORIGINAL, 0, 0.05],
    // Translated again from the Vietnamese: the same story in other words shares too few runs of
    // five to tell from an article on the same theme (README.md: not found, by design of overlap).
    [RETRANSLATED, ORIGINAL, 0, 0.1]
  ])('estimates the share of %s found in %s', (a, b, low, high) => {
    expect(share(a, b)).toBeGreaterThanOrEqual(low)
    expect(share(a, b)).toBeLessThanOrEqual(high)
  })
})

describe('pairs and groups', () => {
  it('pairs the copies of one story and nothing else in the labelled set', () => {
    const names = [...sketches.keys()]
    const found = findPairs([...sketches.values()]).map(({ a, b }) => [names[a], names[b]].sort().join(' ~ '))
    expect(found.sort()).toEqual(
      [
        [CUT_DOWN, ORIGINAL],
        [CUT_DOWN, VERBATIM],
        [ORIGINAL, VERBATIM]
      ]
        .map((pair) => pair.sort().join(' ~ '))
        .sort()
    )
  })

  it('does not count as shared a paragraph that very many articles carry', () => {
    // 60 articles of 100 words of their own after one standing 300-word paragraph; 7 quotes 60 of 3's words.
    const boilerplate = uniqueWords(-1, 300)
    const docs = Array.from({ length: 60 }, (_, doc) => [...boilerplate, ...uniqueWords(doc, 100)])
    docs[7] = [...(docs[7] as string[]), ...uniqueWords(3, 60)]
    const sketched = docs.map((words) => sketchOfWords(words))
    expect(findPairs(sketched)).toEqual([])
    // Were it counted, they would pass for copies (360 of 3's 400 words are in 7).
    const counted = { ...NEAR_DUPLICATE_RULE, commonDocs: 100 }
    expect(findPairs(sketched, counted).some(({ a, b }) => a === 3 && b === 7)).toBe(true)
  })

  it('finds a copy among articles that carry a standing paragraph, its shares taken over the whole text', () => {
    const boilerplate = uniqueWords(-1, 100)
    const docs = Array.from({ length: 60 }, (_, doc) => [...uniqueWords(doc, 400), ...boilerplate])
    docs[7] = [...(docs[7] as string[]), ...uniqueWords(3, 300)] // three quarters of 3's own text
    const pairs = findPairs(docs.map((words) => sketchOfWords(words)))
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[3, 7]])
    const [pair] = pairs
    expect((pair?.shared ?? 0) / (pair?.sizeA ?? 1)).toBeGreaterThan(0.5) // 300 of 500 words, sampled
    expect((pair?.shared ?? 0) / (pair?.sizeA ?? 1)).toBeLessThan(0.7)
  })

  it('joins pairs into groups', () => {
    const groups = copyGroups([
      ['a', 'b'],
      ['c', 'b'],
      ['x', 'y']
    ])
    expect(groups.get('c')).toEqual(['a', 'b', 'c'])
    expect(groups.get('a')).toBe(groups.get('b'))
    expect(groups.get('y')).toEqual(['x', 'y'])
    expect(groups.has('z')).toBe(false)
  })
})

describe('NearDuplicateIndex', () => {
  const sent = (ids: string[], reset = false) => ({
    reset,
    put: ids.map((id): [string, Uint32Array] => [id, sketches.get(id) as Uint32Array]),
    removed: []
  })

  it('lists copies with their shares both ways, drops dismissed pairs, and names what changed', () => {
    const index = new NearDuplicateIndex()
    index.apply([sent([CUT_DOWN, SAME_THEME, RETRANSLATED], true), sent([ORIGINAL], true)])
    expect(index.compare()).toEqual([CUT_DOWN, ORIGINAL].sort())
    const [copy] = index.copiesOf(ORIGINAL)
    expect(copy?.id).toBe(CUT_DOWN)
    expect(copy?.shareOfThis).toBeLessThan(0.6) // of the original, in the cut-down copy
    expect(copy?.shareOfCopy).toBeGreaterThan(0.6) // of the copy, in the original
    expect(index.groupList()).toEqual([[CUT_DOWN, ORIGINAL].sort()])

    // A third copy joins the group: all three articles change.
    index.apply([sent([VERBATIM]), sent([])])
    expect(index.compare()).toEqual([CUT_DOWN, ORIGINAL, VERBATIM].sort())
    expect(index.compare()).toEqual([]) // nothing new

    // Dismissing two pairs leaves the original and the verbatim copy.
    const dismissed = new Set([`${CUT_DOWN} ${ORIGINAL}`, `${CUT_DOWN} ${VERBATIM}`])
    expect(index.useDismissals((a, b) => dismissed.has([a, b].sort().join(' ')))).toEqual(
      [CUT_DOWN, ORIGINAL, VERBATIM].sort()
    )
    expect(index.copiesOf(CUT_DOWN)).toEqual([])
    expect(index.groupList()).toEqual([[ORIGINAL, VERBATIM].sort()])

    // A shard loaded afresh reports everything again: what it no longer has is gone.
    index.apply([sent([], true), sent([ORIGINAL])])
    expect(index.compare()).toEqual([ORIGINAL, VERBATIM].sort())
    expect(index.groupList()).toEqual([])
  })
})
