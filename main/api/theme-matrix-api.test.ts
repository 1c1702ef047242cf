// The themes view's method through the API, on the running services over the bundled samples:
// every article by every theme, the province its title or lead names, verdicts on top, and the
// rows of a few articles alone (what the view asks after a theme-decisions change event).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiMethodName } from '../../common/api/method-names'
import type { ThemeLabel } from '../../common/model/intelligence-types'
import { cellStrength, unpackCell, type ThemeMatrix } from '../../common/model/theme-matrix'
import { callApi, startSampleApp, type SampleApp } from '../../tests/support/sample-app'
import { until } from '../../tests/support/until'
import { dispatch } from './dispatch'

let app: SampleApp
const call = <T>(method: ApiMethodName, input: unknown) => callApi(app.services)<T>(method, input)

beforeAll(async () => {
  app = await startSampleApp('theme-matrix-api')
}, 60_000)
afterAll(() => app?.close())

describe('getThemeMatrix', () => {
  it('refuses ids that are not ids', async () => {
    const answer = await dispatch(app.services.handlers, 'getThemeMatrix', { articles: ['../x'] })
    expect(answer.ok).toBe(false)
  })

  it('answers every article by every theme, with provinces and verdicts', { timeout: 60_000 }, async () => {
    let matrix: ThemeMatrix | null = null
    await until(
      async () => {
        matrix = await call<ThemeMatrix>('getThemeMatrix', {})
        return matrix.pending === 0 && matrix.ids.length === 5
      },
      'the samples analysed',
      40_000
    )
    const all = matrix as unknown as ThemeMatrix
    const { themes } = await call<{ themes: ThemeLabel[] }>('listThemes', {})
    expect(all.themes).toEqual(themes.map((theme) => theme.id))
    expect(all.cells).toHaveLength(5 * themes.length)
    expect(all.cells.some((cell) => cellStrength(cell) > 0)).toBe(true)

    // Two samples name their province in the lead (Hải Dương's party committee, Quảng Ninh's cadres),
    // one in its source's address (baolangson.vn).
    const provinceOf = (id: string) => all.provinceLabels[all.provinces[all.ids.indexOf(id)] ?? -1]?.id ?? null
    const provinces = all.ids.map(provinceOf)
    expect(provinces.filter((id) => id !== null).sort()).toEqual(['hai-duong', 'lang-son', 'quang-ninh'])
    expect(all.provinceLabels.find((p) => p.id === 'hai-duong')).toMatchObject({
      th: 'ไห่เซือง',
      mergedInto: 'hai-phong'
    })

    // A verdict shows in its cell, and a few articles' rows come alone.
    const [first, second] = all.ids as [string, string]
    const theme = all.themes[0] as string
    await call('setThemeDecisions', {
      decisions: [
        { articleId: first, themeId: theme, verdict: 'confirmed' },
        { articleId: second, themeId: theme, verdict: 'rejected' }
      ]
    })
    const rows = await call<ThemeMatrix>('getThemeMatrix', { articles: [second, first] })
    expect(rows.ids).toEqual([second, first])
    expect(rows.cells).toHaveLength(2 * all.themes.length)
    expect(unpackCell(rows.cells[0] ?? 0).verdict).toBe('rejected')
    expect(unpackCell(rows.cells[all.themes.length] ?? 0).verdict).toBe('confirmed')
    expect(cellStrength(rows.cells[all.themes.length] ?? 0)).toBe(cellStrength(all.cells[0] ?? 0))
    // The whole matrix, kept from the workers' last answer while the index is unchanged, has them too.
    const again = await call<ThemeMatrix>('getThemeMatrix', {})
    expect(unpackCell(again.cells[0] ?? 0).verdict).toBe('confirmed')
    expect(again.cells.map(cellStrength)).toEqual(all.cells.map(cellStrength))
  })
})
