import { describe, expect, it } from 'vitest'
import type { Tag } from '../../../common/model/annotation-types'
import { buildTree, descendantIds, flatten, mergeChoices, optionLabel, parentChoices, type TagNode } from './tag-tree'

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({
  id,
  name,
  color: '#2f5d62',
  description: '',
  parentId,
  created: '2025-01-01T00:00:00.000Z'
})

// การเมือง (politics) › พรรค (party) › มติ (resolution); เศรษฐกิจ (economy) › ไทย, กฎหมาย
const codebook = [
  tag('party', 'พรรค', 'politics'),
  tag('economy', 'เศรษฐกิจ'),
  tag('resolution', 'มติ', 'party'),
  tag('politics', 'การเมือง'),
  tag('thai', 'ไทย', 'economy'),
  tag('law', 'กฎหมาย', 'economy'),
  tag('society', 'สังคม')
]

/** The tree drawn as text: one tag a line, two spaces a level. */
const draw = (nodes: TagNode[]) => flatten(nodes).map((entry) => `${'  '.repeat(entry.depth)}${entry.tag.name}`)
const ids = (entries: { tag: Tag }[]) => entries.map((entry) => entry.tag.id)

describe('buildTree', () => {
  it.each([
    { case: 'nothing', tags: [], drawn: [] },
    {
      // By code point เ and ไ would sort after every consonant; Thai order reads past them.
      case: 'top-level tags in Thai order',
      tags: [tag('a', 'สังคม'), tag('b', 'เศรษฐกิจ'), tag('c', 'ไทย'), tag('d', 'ข่าว'), tag('e', 'การเมือง')],
      drawn: ['การเมือง', 'ข่าว', 'ไทย', 'เศรษฐกิจ', 'สังคม']
    },
    {
      case: 'children under their parents, siblings in Thai order',
      tags: codebook,
      drawn: ['การเมือง', '  พรรค', '    มติ', 'เศรษฐกิจ', '  กฎหมาย', '  ไทย', 'สังคม']
    },
    {
      case: 'a tag whose parent is gone at top level',
      tags: [tag('a', 'มติ', 'gone'), tag('b', 'การเมือง')],
      drawn: ['การเมือง', 'มติ']
    },
    {
      case: 'a tag that is its own parent at top level',
      tags: [tag('a', 'มติ', 'a')],
      drawn: ['มติ']
    },
    {
      case: 'a loop broken rather than lost',
      tags: [tag('a', 'พรรค', 'b'), tag('b', 'การเมือง', 'a'), tag('c', 'สังคม')],
      drawn: ['การเมือง', '  พรรค', 'สังคม']
    },
    {
      case: 'equal names kept in a stable order',
      tags: [tag('b', 'ข่าว'), tag('a', 'ข่าว')],
      drawn: ['ข่าว', 'ข่าว']
    }
  ])('draws $case', ({ tags, drawn }) => {
    expect(draw(buildTree(tags))).toEqual(drawn)
  })

  it('shows every tag exactly once', () => {
    const tags = [...codebook, tag('x', 'พรรค', 'y'), tag('y', 'มติ', 'x')]
    expect(ids(flatten(buildTree(tags))).sort()).toEqual(tags.map((t) => t.id).sort())
  })
})

describe('descendantIds', () => {
  it.each([
    { id: 'politics', below: ['party', 'resolution'] },
    { id: 'party', below: ['resolution'] },
    { id: 'resolution', below: [] },
    { id: 'economy', below: ['law', 'thai'] },
    { id: 'missing', below: [] }
  ])('of $id', ({ id, below }) => {
    expect([...descendantIds(codebook, id)].sort()).toEqual(below.sort())
  })
})

describe('parentChoices', () => {
  it.each([
    { id: null, choices: ['politics', 'party', 'resolution', 'economy', 'law', 'thai', 'society'] },
    { id: 'politics', choices: ['economy', 'law', 'thai', 'society'] },
    { id: 'party', choices: ['politics', 'economy', 'law', 'thai', 'society'] },
    { id: 'resolution', choices: ['politics', 'party', 'economy', 'law', 'thai', 'society'] },
    { id: 'thai', choices: ['politics', 'party', 'resolution', 'economy', 'law', 'society'] }
  ])('for $id: everything but itself and its sub-tags, in tree order', ({ id, choices }) => {
    expect(ids(parentChoices(codebook, id))).toEqual(choices)
  })
})

describe('mergeChoices', () => {
  it.each([
    { id: 'politics', choices: ['party', 'economy', 'law', 'thai', 'society'] },
    { id: 'party', choices: ['politics', 'resolution', 'economy', 'law', 'thai', 'society'] },
    { id: 'society', choices: ['politics', 'party', 'resolution', 'economy', 'law', 'thai'] }
  ])('for $id: not itself nor a sub-sub-tag', ({ id, choices }) => {
    expect(ids(mergeChoices(codebook, id))).toEqual(choices)
  })
})

describe('optionLabel', () => {
  it.each([
    { id: 'politics', label: 'การเมือง' },
    { id: 'party', label: '\u00a0\u00a0\u00a0พรรค' },
    { id: 'resolution', label: '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0มติ' }
  ])('indents $id by its depth', ({ id, label }) => {
    const entry = parentChoices(codebook, null).find((candidate) => candidate.tag.id === id)
    expect(entry && optionLabel(entry)).toBe(label)
  })
})

describe('optionLabel of a tag named with a direction control', () => {
  it('shows the control and isolates the name after its indent', () => {
    const hostile = [tag('politics', 'การเมือง'), tag('evil', 'ข่าว \u202Eevil', 'politics')]
    const entry = parentChoices(hostile, null).find((candidate) => candidate.tag.id === 'evil')
    expect(entry && optionLabel(entry)).toBe('\u00a0\u00a0\u00a0\u2068ข่าว ⟨RLO⟩evil\u2069')
  })
})
