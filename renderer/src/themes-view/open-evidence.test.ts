import { describe, expect, it } from 'vitest'
import type { IndexedAnalysis } from '../../../common/model/intelligence-types'
import { evidenceRange } from './open-evidence'

const hit = (start: number, end: number) => ({ cue: 'x', weight: 1, start, end })
const analysis: IndexedAnalysis = {
  contentHash: 'h',
  citations: [],
  themes: [
    {
      id: 't',
      strength: 0.7,
      detected: true,
      documents: [],
      ontologyVersion: 'v',
      evidence: [
        { paragraph: -1, cues: [hit(2, 5)] },
        { paragraph: 3, cues: [hit(140, 146), hit(120, 128)] },
        { paragraph: 5, cues: [hit(300, 310)] }
      ]
    }
  ]
}

describe('where a theme’s evidence starts', () => {
  it('is its first paragraph in the text (not the title), first cue to last', () => {
    expect(evidenceRange(analysis, 't')).toEqual({ start: 120, end: 146 })
  })
  it('is nowhere for a theme without evidence in the text, or no analysis yet', () => {
    expect(evidenceRange(analysis, 'other')).toBeUndefined()
    expect(evidenceRange(null, 't')).toBeUndefined()
  })
})
