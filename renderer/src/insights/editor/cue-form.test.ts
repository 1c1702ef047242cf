import { describe, expect, it } from 'vitest'
import { i18next } from '../../i18n/i18n'
import { formatWeight, OTHER_WEIGHT, readCue, weightMeaning, type CueFields } from './cue-form'

const t = i18next.getFixedT('en', 'insights')

const fields = (over: Partial<CueFields>): CueFields => ({
  text: 'คำปรึกษา',
  weight: '1',
  other: '',
  lang: 'auto',
  ...over
})

describe('the cue form', () => {
  it.each([
    [{}, { text: 'คำปรึกษา', weight: 1, lang: 'th' }],
    [
      { text: '  Tinh gọn ', weight: '0.6' },
      { text: 'Tinh gọn', weight: 0.6, lang: 'vi' }
    ],
    [
      { weight: OTHER_WEIGHT, other: '0,45' },
      { text: 'คำปรึกษา', weight: 0.45, lang: 'th' }
    ],
    [{ lang: 'vi' as const }, { text: 'คำปรึกษา', weight: 1, lang: 'vi' }],
    [{ text: 'ลุงป\u0e48\u0e39' }, { text: 'ลุงป\u0e39\u0e48', weight: 1, lang: 'th' }]
  ])('reads %j', (over, cue) => {
    expect(readCue(fields(over))).toEqual({ ok: true, cue })
  })

  it.each([
    [{ text: ' ' }, /needs a word/],
    [{ text: 'ก\nข' }, /one line/],
    [{ weight: OTHER_WEIGHT, other: '' }, /more than 0/],
    [{ weight: OTHER_WEIGHT, other: '2' }, /at most 1/],
    [{ weight: OTHER_WEIGHT, other: 'abc' }, /more than 0/]
  ])('says why %j cannot be added', (over, error) => {
    const read = readCue(fields(over))
    expect(read.ok).toBe(false)
    expect(read.ok ? '' : read.error).toMatch(error)
  })

  it('shows a weight as the ontology writes it, and what it means', () => {
    expect([1, 0.6, 0.25, 0.333].map(formatWeight)).toEqual(['1.0', '0.6', '0.25', '0.33'])
    expect([1, 0.6, 0.3, 0.95, 0.2].map((weight) => weightMeaning(weight, t))).toEqual([
      'Names the theme',
      'Strong in context',
      'Only beside others',
      'Names the theme',
      'Only beside others'
    ])
  })
})
