import { describe, expect, it } from 'vitest'
import { memoFirstLine } from '../../../common/model/memo'
import { withMarks } from './memo-marks-cache'

describe('memo marks', () => {
  it('put in the named articles’ lines and take out those without a memo now', () => {
    expect(withMarks({ a: 'หนึ่ง', b: 'สอง' }, { a: null, c: 'สาม' })).toEqual({ b: 'สอง', c: 'สาม' })
  })

  it('show the first line that says something, cut to a tooltip', () => {
    expect(memoFirstLine('\n  \n  การรวมจังหวัด  \nต่อ')).toBe('การรวมจังหวัด')
    const long = memoFirstLine('ก'.repeat(300))
    expect([...long].length).toBe(120)
    expect(long.endsWith('…')).toBe(true)
  })
})
