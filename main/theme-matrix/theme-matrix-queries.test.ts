import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../common/model/article-types'
import type { MatrixShardInput } from './matrix-shard-handlers'
import { ThemeMatrixQueries } from './theme-matrix-queries'

const summary = (id: string) => ({ id, date: null, year: null, outlet: null }) as unknown as ArticleSummary

describe('the matrix queries', () => {
  it('keep the workers’ whole answer while the index version holds; a few rows are always asked afresh', async () => {
    const asked: Array<MatrixShardInput['only']> = []
    let version = 1
    const queries = new ThemeMatrixQueries({
      themes: async () => ['t'],
      articles: () => [summary('a'), summary('b')],
      summaries: (ids) => ids.map(summary),
      shards: async (input) => {
        asked.push(input.only)
        return [{ ids: ['a', 'b'], provinces: [-1, -1], cells: [8, 16] }]
      },
      indexVersion: async () => version,
      decisions: () => [{ articleId: 'b', themeId: 't', verdict: 'confirmed' } as never],
      provinces: { version: 'test', provinces: [] }
    })
    await queries.matrix()
    const second = await queries.matrix()
    expect(asked).toEqual([undefined])
    // Verdicts are read at each call, not kept with the shards.
    expect(second.cells).toEqual([8, 17])
    version = 2
    await queries.matrix()
    expect(await queries.matrix(['b'])).toMatchObject({ ids: ['b'], cells: [17] })
    expect(asked).toEqual([undefined, undefined, ['b']])
  })
})
