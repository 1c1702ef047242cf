import { describe as suite, expect, it } from 'vitest'
import type { ImportReport } from '../../../common/model/app-status'
import { i18next } from '../i18n/i18n'
import { describe } from './import-report'

const english = i18next.getFixedT('en', 'library')
const thai = i18next.getFixedT('th', 'library')
const report = (change: Partial<ImportReport>): ImportReport => ({
  folder: '/corpus',
  added: 3,
  changed: 0,
  unchanged: 0,
  unreadable: 0,
  cancelled: false,
  error: null,
  ...change
})

suite('what an import says', () => {
  it('counts what was added, updated and left, and what could not be read', () => {
    expect(describe(report({}), english)).toBe('3 added.')
    expect(describe(report({ changed: 2, unchanged: 5, unreadable: 1 }), english)).toBe(
      '3 added, 2 updated, 5 unchanged. 1 file(s) could not be read: see below.'
    )
    expect(describe(report({ cancelled: true }), english)).toBe('Import cancelled: nothing was added.')
  })

  it('names the files whose long lines were split, three at most', () => {
    expect(describe(report({ longLineFiles: ['one.txt'] }), english)).toBe(
      '3 added. Very long lines were split into paragraphs in one.txt; “show original” marks each cut.'
    )
    expect(describe(report({ longLineFiles: ['a', 'b', 'c', 'd'] }), english)).toContain(
      'paragraphs in 4 files (a, b, c, …);'
    )
  })

  it('says it in Thai, the counts kept', () => {
    expect(describe(report({ changed: 2, unreadable: 1 }), thai)).toBe('เพิ่ม 3 · ปรับปรุง 2 อ่านไม่ได้ 1 ไฟล์: ดูด้านล่าง')
  })
})
