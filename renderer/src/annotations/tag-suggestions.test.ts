import { describe, expect, it } from 'vitest'
import type { Tag } from '../../../common/model/annotation-types'
import { moveHighlight, suggestTags, type TagSuggestion } from './tag-suggestions'

const tag = (id: string, name: string): Tag => ({
  id,
  name,
  color: '#2f5d62',
  description: '',
  parentId: null,
  created: '2025-01-01T00:00:00.000Z'
})

// ปฏิรูปการบริหาร (administrative reform), การปฏิรูปที่ดิน (land reform), ปฏิบัติตามมติ
// (carrying out resolutions), Đổi Mới and Đôi (a different word: the diacritics matter), Resolution 57.
const codebook = [
  tag('land', 'การปฏิรูปที่ดิน'),
  tag('admin', 'ปฏิรูปการบริหาร'),
  tag('comply', 'ปฏิบัติตามมติ'),
  tag('doimoi', 'Đổi Mới'),
  tag('doi', 'Đôi'),
  tag('r57', 'Resolution 57')
]

/** The options drawn as text: `>` marks the highlighted one, `✓` a tag already applied. */
function draw(typed: string, applied: string[] = [], pending: string[] = []): string[] {
  const { options, highlighted } = suggestTags(codebook, typed, applied, pending)
  return options.map((option, index) => `${index === highlighted ? '>' : ' '}${label(option)}`)
}
const label = (option: TagSuggestion) =>
  option.kind === 'create' ? `+${option.name}` : `${option.applied ? '✓' : ''}${option.tag.name}`

describe('suggestTags', () => {
  it.each<[string, string, string[]]>([
    [
      'names starting with the text first, then those holding it',
      'ปฏิ',
      ['>ปฏิรูปการบริหาร', ' ปฏิบัติตามมติ', ' การปฏิรูปที่ดิน', ' +ปฏิ']
    ],
    ['a match anywhere in the name', 'ที่ดิน', ['>การปฏิรูปที่ดิน', ' +ที่ดิน']],
    ['case-insensitive', 'resolution', ['>Resolution 57', ' +resolution']],
    ['diacritics as typed', 'đổi mới', ['>Đổi Mới']],
    ['diacritics as typed, the other word', 'đôi', ['>Đôi']],
    ['a plain letter matches no accented one', 'doi', ['>+doi']],
    ['no create option when a tag has exactly that name', 'resolution 57', ['>Resolution 57']],
    ['surrounding spaces ignored', '  ที่ดิน ', ['>การปฏิรูปที่ดิน', ' +ที่ดิน']],
    ['the create option highlighted when nothing else matches', 'ทุนนิยม', ['>+ทุนนิยม']],
    ['every tag, no create option, when nothing is typed', '', codebook.map((t, i) => `${i ? ' ' : '>'}${t.name}`)]
  ])('%s', (_, typed, expected) => {
    expect(draw(typed)).toEqual(expected)
  })

  it('compares composed and decomposed Vietnamese alike', () => {
    expect(draw('Đổi Mới'.normalize('NFD'))).toEqual(['>Đổi Mới'])
  })

  it('shows a tag already on the highlight as such and highlights the next one', () => {
    expect(draw('ปฏิ', ['admin'])).toEqual([' ✓ปฏิรูปการบริหาร', '>ปฏิบัติตามมติ', ' การปฏิรูปที่ดิน', ' +ปฏิ'])
  })

  it('offers no create option for an existing name already applied, and highlights nothing', () => {
    expect(draw('Đôi', ['doi'])).toEqual([' ✓Đôi'])
    expect(suggestTags(codebook, 'Đôi', ['doi']).highlighted).toBe(-1)
  })

  it('offers no second create option for a new tag already added', () => {
    expect(draw('ทุนนิยม', [], ['ทุนนิยม'])).toEqual([])
  })
})

describe('moveHighlight', () => {
  const { options } = suggestTags(codebook, 'ปฏิ', ['comply']) // ปฏิรูป…, ✓ปฏิบัติ…, การปฏิรูป…, +ปฏิ

  it.each<[string, number, 1 | -1, number]>([
    ['↓ skips a tag already applied', 0, 1, 2],
    ['↓ reaches the create option', 2, 1, 3],
    ['↓ wraps from the last to the first', 3, 1, 0],
    ['↑ wraps from the first to the last', 0, -1, 3],
    ['↑ skips a tag already applied', 2, -1, 0],
    ['↓ from no highlight gives the first', -1, 1, 0],
    ['↑ from no highlight gives the last', -1, -1, 3]
  ])('%s', (_, from, step, expected) => {
    expect(moveHighlight(options, from, step)).toBe(expected)
  })

  it('gives -1 when nothing can be picked', () => {
    const { options: none } = suggestTags(codebook, 'Đôi', ['doi'])
    expect(moveHighlight(none, -1, 1)).toBe(-1)
    expect(moveHighlight([], -1, -1)).toBe(-1)
  })
})
