import { describe, expect, it } from 'vitest'
import { i18next } from '../i18n/i18n'
import { copyRelation, percent, shareSentence } from './copy-relation'

const english = i18next.getFixedT('en', 'duplicates')
const thai = i18next.getFixedT('th', 'duplicates')

describe('the words on another copy', () => {
  it.each([
    [0.97, 0.95, 'Same text'],
    [0.44, 0.93, 'Shorter version'],
    [0.44, 0.71, 'Shorter version'], // cut down under a new lead of its own
    [0.95, 0.6, 'Longer version'],
    [0.71, 0.44, 'Longer version']
  ])('this article in it %s, it in this article %s: %s', (shareOfThis, shareOfCopy, words) => {
    expect(copyRelation({ shareOfThis, shareOfCopy }, english)).toBe(words)
  })

  it('says both shares, and never 100% unless whole', () => {
    expect(percent(0.996)).toBe('99%')
    expect(percent(1)).toBe('100%')
    expect(shareSentence({ shareOfThis: 0.85, shareOfCopy: 0.5 }, english)).toBe(
      'contains 85% of this article; this article contains 50% of it'
    )
  })

  it('says the same in Thai, both shares kept', () => {
    expect(copyRelation({ shareOfThis: 0.44, shareOfCopy: 0.93 }, thai)).toBe('ฉบับที่สั้นกว่า')
    expect(shareSentence({ shareOfThis: 0.85, shareOfCopy: 0.5 }, thai)).toBe(
      'มีเนื้อหา 85% ของบทความนี้ และบทความนี้มีเนื้อหา 50% ของสำเนานี้'
    )
  })
})
