// Every line rule, and the parser as a whole, on generated hostile lines of 1 MB: each filler below
// repeated to 1 MB, after each opener (the words that make a rule read further) and before each
// closer; the whole parser reads each filler once, with an opener and a closer in turn.
// A rule with catastrophic backtracking takes minutes here (a 100 KB line of spaces took 40-70 s
// before the rules were bounded); a linear one takes milliseconds. The budget is generous for a
// loaded machine, and a call over it is timed again before it counts.
import { describe, expect, it } from 'vitest'
import { deriveTitle, markHeadings } from './body-shape'
import * as rule from './line-rules'
import { parseArticle } from './parse-article'
import { plainMarkdown } from './plain-markdown'

const SIZE = 1_000_000
const RULE_BUDGET_MS = 200
const ARTICLE_BUDGET_MS = 1000

const FILLERS: Record<string, string> = {
  spaces: ' ',
  tabs: '\t',
  'no-break spaces': '\u00a0',
  'zero-width spaces': '\u200b',
  'ideographic spaces': '\u3000',
  'mixed whitespace': ' \t\u00a0\u3000\u200b',
  'spaced dashes': ' - ',
  'en and em dashes': ' – — ',
  pipes: '|',
  'spaced pipes': ' | ',
  slashes: '/',
  guillemets: ' » ',
  colons: ':',
  digits: '1',
  'dates and spaces': '11/11/2020 ',
  'number dash letter': '1 - a ',
  'opening brackets': '[',
  'opening parentheses': '(',
  'image openers': '![',
  'link middles': '](',
  stars: '*',
  underscores: '_',
  'star words': '*a ',
  'underscore words': '_a ',
  'bold words': '**a ',
  'Thai letters': 'ก',
  'Thai words': 'การประชุม ',
  'Thai tone marks': 'ที่',
  Vietnamese: 'Nguyễn Phú Trọng ',
  'capitalised Latin': 'A ',
  'mixed scripts': 'aกễ1 '
}

/** Each starts a rule's match: source, date, banner, headers, captions, read-more, breadcrumb, Markdown. */
const OPENERS = [
  '',
  'ที่มา: ',
  'Source',
  '11/11/2020',
  'Báo ',
  'vietnam.vn - ',
  'Kinhtedothi - 2024 - ',
  'ภาพ: ',
  '(ภาพ:',
  'อ่านเพิ่มเติม',
  'หน้าแรก » ',
  '# ',
  '![',
  '[a](',
  'ความคิดเห็น ',
  '**'
]
const CLOSERS = ['', 'x', ' a b', ' - Báo Nhân dân', '.jpgq', ' 18/10/2025']

const RULES: Record<string, (line: string) => unknown> = {
  isCommentCounter: rule.isCommentCounter,
  isBanner: rule.isBanner,
  isBreadcrumb: rule.isBreadcrumb,
  isImagePlaceholder: rule.isImagePlaceholder,
  isCaption: rule.isCaption,
  isRelatedListHeader: rule.isRelatedListHeader,
  isReadMoreLink: rule.isReadMoreLink,
  isNavigationWord: rule.isNavigationWord,
  sourceLine: rule.sourceLine,
  outletYearTitle: rule.outletYearTitle,
  titleNewspaper: rule.titleNewspaper,
  outletDate: rule.outletDate,
  // readBody compares a caption of at most 400 characters with the block before it, of any length.
  'sameCaption (long, caption)': (line) => rule.sameCaption(line, 'ภาพ: THANH MAI'),
  'sameCaption (caption, long)': (line) => rule.sameCaption('(ภาพ: THANH MAI)', line),
  withoutOutletSuffix: (line) => rule.withoutOutletSuffix(line, 'Báo Nhân dân'),
  deriveTitle,
  markHeadings: (line) => markHeadings(['ก', line, line].map((text) => ({ kind: 'paragraph', text }))),
  plainMarkdown
}

/** The line as a file's first line and as a body line, as a Markdown title and body, as a page's title and text. */
const ARTICLE: Record<string, (line: string) => ReturnType<typeof parseArticle>> = {
  '.txt': (line) => parseArticle(Buffer.from(`${line}\n\n${line}\n`), 'x.txt'),
  '.md': (line) => parseArticle(Buffer.from(`# ${line}\n\n${line}\n`), 'x.md'),
  '.html': (line) => parseArticle(Buffer.from(`<title>${line}</title><p>${line}</p>`), 'x.html')
}

/** The filler repeated to 1 MB, joined (not `repeat`ed: a rope of a million pieces is slow to read the first time). */
const core = (filler: string) => new Array<string>(Math.ceil(SIZE / filler.length)).fill(filler).join('')
/** Every opener (with a closer in turn), then every other closer alone. */
const shapes: [string, string][] = [
  ...OPENERS.map((opener, i): [string, string] => [opener, CLOSERS[i % CLOSERS.length] ?? '']),
  ...CLOSERS.slice(1).map((closer): [string, string] => ['', closer])
]

/** Milliseconds the call takes; over budget, the best of three (a busy machine can stall one run). */
function timed(call: () => unknown, budget: number): number {
  let best = Infinity
  for (let run = 0; run < 3 && best > budget; run++) {
    const start = performance.now()
    call()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

describe('every line rule on 1 MB hostile lines', () => {
  it.each(Object.entries(FILLERS))(
    '%s: each rule within 200 ms, whatever opens and closes the line',
    (_name, filler) => {
      const slow: string[] = []
      const middle = core(filler)
      for (const [opener, closer] of shapes) {
        const line = opener + middle + closer
        for (const [name, apply] of Object.entries(RULES)) {
          const ms = timed(() => apply(line), RULE_BUDGET_MS)
          if (ms > RULE_BUDGET_MS)
            slow.push(`${name} on ${JSON.stringify(opener)} + filler + ${JSON.stringify(closer)}: ${ms.toFixed(0)} ms`)
        }
      }
      expect(slow).toEqual([])
    }
  )
})

describe('the whole parser on 1 MB hostile lines', () => {
  it.each(Object.entries(FILLERS).map(([name, filler], i) => [name, filler, i]))(
    '%s: each file read within 1 s',
    (_name, filler, i) => {
      const [opener, closer] = shapes[i % shapes.length] ?? ['', '']
      const line = opener + core(filler) + closer
      for (const [format, read] of Object.entries(ARTICLE)) {
        let result: ReturnType<typeof parseArticle> | undefined
        const ms = timed(() => (result = read(line)), ARTICLE_BUDGET_MS)
        expect(ms, `${format} after ${JSON.stringify(opener)}`).toBeLessThan(ARTICLE_BUDGET_MS)
        expect(result?.ok, `${format} after ${JSON.stringify(opener)}`).toBe(true)
      }
    }
  )

  it.each([
    ['an HTML <title> of a, 100,000 spaces, b', `<title>aaaaaa${' '.repeat(100_000)}b</title><p>Body.</p>`, 'x.html'],
    ['a Markdown line of 100,000 [', `${'['.repeat(100_000)}\n`, 'x.md'],
    ['a source line padded with 100,000 spaces', `Title\n\nsource${' '.repeat(100_000)}a b\n`, 'x.txt'],
    ['a date and 100,000 spaces', `11/11/2020${' '.repeat(100_000)}x`, 'x.txt'],
    ['a, 100,000 spaces, b', `a${' '.repeat(100_000)}b`, 'x.txt']
  ])('reads %s within 1 s', (_name, content, file) => {
    let result: ReturnType<typeof parseArticle> | undefined
    expect(timed(() => (result = parseArticle(Buffer.from(content), file)), ARTICLE_BUDGET_MS)).toBeLessThan(
      ARTICLE_BUDGET_MS
    )
    expect(result).toMatchObject({ ok: true })
  })
})
