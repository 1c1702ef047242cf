import { describe, expect, it } from 'vitest'
import { i18next } from '../i18n/i18n'
import { undoNotice } from './undo-words'

const english = i18next.getFixedT('en', 'status')
const thai = i18next.getFixedT('th', 'status')

describe('the undo notice', () => {
  it('says what was undone or redone, or that there was nothing to', () => {
    expect(undoNotice('undo', 'link passages', english)).toBe('Undone: link passages')
    expect(undoNotice('redo', 'highlight', english)).toBe('Redone: highlight')
    expect(undoNotice('undo', null, english)).toBe('Nothing to undo')
    expect(undoNotice('redo', null, english)).toBe('Nothing to redo')
  })

  it('says it in Thai, the label of the step kept as the store gives it', () => {
    expect(undoNotice('undo', 'highlight', thai)).toBe('เลิกทำแล้ว: highlight')
    expect(undoNotice('redo', null, thai)).toBe('ไม่มีสิ่งที่ต้องทำซ้ำ')
  })
})
