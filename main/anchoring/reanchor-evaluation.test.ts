// The evaluation behind the thresholds in acceptance-policy.ts: 3,000 random edits of the five
// sample articles from a fixed seed, re-anchored and judged against where the passage really went.
// It prints a table (npx vitest run main/anchoring/reanchor-evaluation.test.ts) and fails if the
// rates the README promises regress.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reanchor } from './reanchor'
import type { Anchor } from './selector-types'
import type { EditedCase } from '../../tests/support/anchoring/choose-quote'
import { SCENARIOS, judge } from '../../tests/support/anchoring/edit-scenarios'
import type { Outcome } from '../../tests/support/anchoring/edit-scenarios'

const SEED = 20_240_601
const RUNS_PER_SCENARIO = 500
const ADVERSARIAL = 'deleted, copy elsewhere'

type Row = Record<Anchor['status'] | Outcome, number> & { cases: number; repeats: number; ms: number }

/** Whether the anchor landed on a verbatim repeat of the quote and of one whole side of its context. */
function onRepeat({ text, selectors: { quote } }: EditedCase, anchor: Anchor): boolean {
  if (anchor.status === 'orphan' || text.slice(anchor.start, anchor.end) !== quote.exact) return false
  return text.slice(0, anchor.start).endsWith(quote.prefix) || text.slice(anchor.end).startsWith(quote.suffix)
}

function evaluate(cases: EditedCase[]): Row {
  const row: Row = {
    cases: cases.length,
    exact: 0,
    moved: 0,
    fuzzy: 0,
    orphan: 0,
    correct: 0,
    imprecise: 0,
    wrong: 0,
    repeats: 0,
    ms: 0
  }
  const started = performance.now()
  for (const edited of cases) {
    const anchor = reanchor(edited.text, edited.selectors)
    const outcome = judge(anchor, edited.truth)
    row[anchor.status]++
    if (outcome !== 'orphan') row[outcome]++
    if (outcome === 'wrong' && onRepeat(edited, anchor)) row.repeats++
  }
  row.ms = (performance.now() - started) / cases.length
  return row
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(2)}%`

describe('re-anchoring evaluation', () => {
  it(`re-anchors ${RUNS_PER_SCENARIO} random edits per scenario without attaching to the wrong passage`, () => {
    const rows = Object.fromEntries(
      Object.entries(SCENARIOS).map(([name, scenario]) => [
        name,
        evaluate(fc.sample(fc.noBias(scenario), { seed: SEED, numRuns: RUNS_PER_SCENARIO }))
      ])
    ) as Record<keyof typeof SCENARIOS, Row>
    const columns = ['exact', 'moved', 'fuzzy', 'orphan', 'correct', 'imprecise', 'wrong'] as const
    const table = [
      `| scenario | cases | ${columns.join(' | ')} | ms/case |`,
      `|---|${'---:|'.repeat(columns.length + 2)}`,
      ...Object.entries(rows).map(
        ([name, r]) => `| ${name} | ${r.cases} | ${columns.map((c) => r[c]).join(' | ')} | ${r.ms.toFixed(2)} |`
      )
    ]
    const sum = (names: string[], key: keyof Row): number =>
      names.reduce((total, name) => total + (rows[name as keyof typeof SCENARIOS][key] ?? 0), 0)
    const present = [
      'outside, beyond context',
      'outside, within context',
      'inside, 1-3 letters',
      'inside, word inserted'
    ]
    const random = [...present, 'deleted, no copy left']
    const recall = sum(present, 'correct') / sum(present, 'cases')
    const wrongRandom = sum(random, 'wrong') / sum(random, 'cases')
    const adversarial = rows[ADVERSARIAL]
    const orphaned = rows['deleted, no copy left'].orphan / rows['deleted, no copy left'].cases

    console.log(
      [
        ...table,
        '',
        `recall (passage still there, anchored over >= 80% of it): ${percent(sum(present, 'correct'), sum(present, 'cases'))}`,
        `wrong attachment, random edits (first five rows): ${percent(sum(random, 'wrong'), sum(random, 'cases'))}`,
        `orphaned when the passage was deleted and no copy is left: ${percent(rows['deleted, no copy left'].orphan, RUNS_PER_SCENARIO)}`,
        `wrong attachment, passage deleted but its words occur elsewhere: ${percent(adversarial.wrong, adversarial.cases)}` +
          ` (${adversarial.repeats} of ${adversarial.wrong} onto a verbatim repeat of the quote and of one whole side of its context)`,
        `wrong attachment, all six rows: ${percent(sum(Object.keys(rows), 'wrong'), sum(Object.keys(rows), 'cases'))}`
      ].join('\n')
    )

    expect(recall).toBeGreaterThanOrEqual(0.95)
    expect(wrongRandom).toBeLessThan(0.01)
    expect(orphaned).toBeGreaterThanOrEqual(0.98)
    expect(adversarial.wrong / adversarial.cases).toBeLessThan(0.15)
  })
})
