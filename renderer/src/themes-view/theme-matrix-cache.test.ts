import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { unpackCell } from '../../../common/model/theme-matrix'
import { keys } from '../data/query-keys'
import { mergeRows, patchThemeMatrix, setMatrixRowsFetcher } from './theme-matrix-cache'
import { cell, testMatrix } from './test-matrix'

const before = testMatrix(
  ['t1', 't2'],
  [
    ['a', '2025-02-28', 0, 0, [cell(0.8), cell(0.1)]],
    ['b', '2025-02-03', 1, 1, [cell(0.5), cell(0)]]
  ]
)
const verdictsOf = (cells: number[]) => cells.map((c) => unpackCell(c).verdict)

afterEach(() => setMatrixRowsFetcher(null))

describe('the cached matrix after a theme-decisions event', () => {
  it('takes the named articles’ fresh rows and leaves the others', () => {
    const fresh = testMatrix(
      ['t1', 't2'],
      [['b', null, -1, -1, [cell(0.5, true, 'rejected'), cell(0, false, 'confirmed')]]]
    )
    const merged = mergeRows(before, fresh)
    expect(verdictsOf(merged.cells)).toEqual([null, null, 'rejected', 'confirmed'])
    expect(merged.dates).toBe(before.dates)
    expect(verdictsOf(before.cells)).toEqual([null, null, null, null])
  })

  it('ignores rows made under other themes (the ontology changed meanwhile)', () => {
    expect(mergeRows(before, testMatrix(['t1'], [['a', null, -1, -1, [cell(1, true, 'confirmed')]]]))).toBe(before)
  })

  it('fetches the rows of the articles named while the view shows, or marks the matrix stale', async () => {
    const client = new QueryClient()
    client.setQueryData(keys.themeMatrix, before)
    await patchThemeMatrix(client, ['a'])
    expect(client.getQueryState(keys.themeMatrix)?.isInvalidated).toBe(true)

    client.setQueryData(keys.themeMatrix, before)
    const asked: string[][] = []
    setMatrixRowsFetcher(async (ids) => {
      asked.push(ids)
      return testMatrix(['t1', 't2'], [['a', null, -1, -1, [cell(0.8, true, 'confirmed'), cell(0.1)]]])
    })
    await patchThemeMatrix(client, ['a'])
    expect(asked).toEqual([['a']])
    expect(verdictsOf(client.getQueryData<typeof before>(keys.themeMatrix)?.cells ?? [])[0]).toBe('confirmed')
  })
})
