import { describe, expect, it } from 'vitest'
import type { ArticleTheme, IndexedAnalysis } from '../../../../common/model/intelligence-types'
import { decisionInputs, rowsToChange } from './review-decisions'
import type { ReviewRow } from './review-rows'
import { ids, row } from './review-test-rows'

const theme = (id: string, cues: string[]): ArticleTheme => ({
  id,
  strength: 0.7,
  detected: true,
  evidence: [{ paragraph: 2, cues: cues.map((cue) => ({ cue, weight: 1, start: 0, end: 1 })) }],
  documents: [],
  ontologyVersion: 'v3'
})
const analysis = (...themes: ArticleTheme[]): IndexedAnalysis => ({ contentHash: 'h', citations: [], themes })

describe('the decisions a bulk action sends', () => {
  it('leaves out the rows that have the verdict already', () => {
    const rows = [row('a', 'confirmed'), row('b'), row('c', 'rejected')]
    expect(ids(rowsToChange(rows, 'confirmed'))).toBe('b c')
    expect(ids(rowsToChange(rows, null))).toBe('a c')
  })

  it('records what detection said from each article’s analysis, in the rows’ order', async () => {
    const analyses: Record<string, IndexedAnalysis | null> = {
      a: analysis(theme('other', ['x']), theme('t', ['ควบรวม', 'ควบรวม', 'คล่องตัว'])),
      b: null, // not read by the index yet
      c: analysis(theme('other', ['x']))
    }
    const seen: number[] = []
    const analysisOf = async (r: ReviewRow) => {
      if (r.id === 'd') throw new Error('worker gone')
      return analyses[r.id] ?? null
    }
    const rows = ['a', 'b', 'c', 'd'].map((id) => row(id))
    const made = await decisionInputs(rows, 't', 'confirmed', analysisOf, (done) => seen.push(done))
    expect(made.map((d) => d.articleId)).toEqual(['a', 'b', 'c', 'd'])
    expect(made[0]).toEqual({
      articleId: 'a',
      themeId: 't',
      verdict: 'confirmed',
      suggestion: { strength: 0.7, detected: true, ontologyVersion: 'v3', cues: ['ควบรวม', 'คล่องตัว'] }
    })
    // No analysis, no theme in it, or no answer: the verdict is still sent, without a suggestion.
    expect(made.slice(1).map((d) => d.suggestion)).toEqual([null, null, null])
    expect(seen).toEqual([1, 2, 3, 4])
  })

  it('clears without reading any analysis', async () => {
    const made = await decisionInputs([row('a', 'confirmed')], 't', null, () => {
      throw new Error('not asked')
    })
    expect(made).toEqual([{ articleId: 'a', themeId: 't', verdict: null, suggestion: null }])
  })

  it('asks for a few analyses at a time, not all at once', async () => {
    let inFlight = 0
    let most = 0
    const analysisOf = async () => {
      most = Math.max(most, ++inFlight)
      await new Promise((resolve) => setTimeout(resolve, 1))
      inFlight--
      return null
    }
    const rows = Array.from({ length: 40 }, (_, n) => row(`r${n}`))
    expect(await decisionInputs(rows, 't', 'rejected', analysisOf)).toHaveLength(40)
    expect(most).toBeGreaterThan(1)
    expect(most).toBeLessThanOrEqual(6)
  })
})
