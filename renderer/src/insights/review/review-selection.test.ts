import { describe, expect, it } from 'vitest'
import { allShownSelected, chosenRows, extended, NOTHING, toggled, withAllShown } from './review-selection'
import { ids, row } from './review-test-rows'

const shown = ['a', 'b', 'c', 'd'].map((id) => row(id))
const sorted = (set: ReadonlySet<string>) => [...set].sort().join(' ')

describe('the review list’s selection', () => {
  it('toggles one row without changing the set it was given', () => {
    const one = toggled(NOTHING, 'b')
    expect(sorted(one)).toBe('b')
    expect(sorted(toggled(one, 'b'))).toBe('')
    expect(NOTHING.size).toBe(0)
  })

  it('selects all shown, keeping rows checked before; a second time unchecks them all', () => {
    const all = withAllShown(new Set(['z']), shown)
    expect(sorted(all)).toBe('a b c d z')
    expect(allShownSelected(all, shown)).toBe(true)
    expect(sorted(withAllShown(all, shown))).toBe('')
    expect(allShownSelected(NOTHING, [])).toBe(false)
  })

  it('extends over the rows passed, either way, within the list', () => {
    expect(sorted(extended(NOTHING, shown, 1, 2))).toBe('b c')
    expect(sorted(extended(new Set(['a']), shown, 3, 2))).toBe('a c d')
    expect(sorted(extended(NOTHING, shown, 2, 9))).toBe('c d')
  })

  it('acts on the checked rows shown, in list order, else on the cursor’s row', () => {
    expect(ids(chosenRows(new Set(['d', 'b', 'hidden']), shown, 0))).toBe('b d')
    expect(ids(chosenRows(NOTHING, shown, 2))).toBe('c')
    expect(ids(chosenRows(NOTHING, shown))).toBe('')
  })
})
