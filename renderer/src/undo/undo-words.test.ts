import { describe, expect, it } from 'vitest'
import { undoNotice } from './undo-words'

describe('the undo notice', () => {
  it('says what was undone or redone, or that there was nothing to', () => {
    expect(undoNotice('undo', 'link passages')).toBe('Undone: link passages')
    expect(undoNotice('redo', 'highlight')).toBe('Redone: highlight')
    expect(undoNotice('undo', null)).toBe('Nothing to undo')
    expect(undoNotice('redo', null)).toBe('Nothing to redo')
  })
})
