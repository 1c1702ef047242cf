import { describe, expect, it } from 'vitest'
import type { ImportSummary } from '../../../common/model/export'
import { i18next } from '../i18n/i18n'
import { importSummaryText as summaryText } from './import-summary-text'

const importSummaryText = (summary: ImportSummary) => summaryText(summary, i18next.getFixedT('en', 'export'))

const summary = (fields: Partial<ImportSummary>): ImportSummary => ({
  format: 'w3c',
  added: 0,
  updated: 0,
  unchanged: 0,
  tagsAdded: 0,
  themeDecisions: 0,
  orphaned: [],
  ...fields
})

describe('importSummaryText', () => {
  it.each([
    [summary({ added: 1 }), 'From the W3C annotations: 1 annotation added, 0 updated, 0 unchanged.'],
    [
      summary({ added: 12, unchanged: 3, tagsAdded: 2 }),
      'From the W3C annotations: 12 annotations added, 0 updated, 3 unchanged; 2 tags added.'
    ],
    [
      summary({ format: 'qdc', tagsAdded: 1, themeDecisions: 2 }),
      'From the REFI-QDA codebook: 0 annotations added, 0 updated, 0 unchanged; 1 tag added; 2 theme verdicts written.'
    ],
    [
      summary({ format: 'qdpx', updated: 1200 }),
      'From the REFI-QDA project: 0 annotations added, 1,200 updated, 0 unchanged.'
    ]
  ])('says what the import did', (input, headline) => {
    expect(importSummaryText(input).headline).toBe(headline)
  })

  it('heads the orphaned list only when a passage found no place', () => {
    expect(importSummaryText(summary({ added: 2 })).orphanedHeading).toBeNull()
    const one = summary({ orphaned: [{ id: 'a', quote: 'ตอบสนอง', reason: 'No article matched.' }] })
    expect(importSummaryText(one).orphanedHeading).toBe('1 passage could not be placed:')
  })
})
