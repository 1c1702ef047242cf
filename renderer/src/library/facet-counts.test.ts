import { describe, expect, it } from 'vitest'
import type { Tag } from '../../../common/model/annotation-types'
import { annotatedOptions, colorOptions, countFilters, outletOptions, tagOptions } from './facet-counts'
import { matches, type LibraryFilter } from './filter-articles'
import { noFilter, UNKNOWN_OUTLET } from './filter-articles'
import { facets, library } from './test-library'

const tag = (id: string, name: string): Tag => ({
  id,
  name,
  color: '#2f5d62',
  description: '',
  parentId: null,
  created: '2025-01-01'
})
const tags = [tag('t1', 'มติ 18-NQ/TW'), tag('t2', 'ควบรวม'), tag('t3', 'unused')]
const labels = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple', orange: 'Orange' }
const outletCounts = (articles: typeof library, filter: LibraryFilter, f: typeof facets) =>
  outletOptions(countFilters(articles, filter, f), 'Unknown outlet')
const tagCounts = (articles: typeof library, filter: LibraryFilter, f: typeof facets, all: Tag[]) =>
  tagOptions(countFilters(articles, filter, f), all, filter.tag)
const colorCounts = (articles: typeof library, filter: LibraryFilter, f: typeof facets, names: typeof labels) =>
  colorOptions(countFilters(articles, filter, f), names)
const annotatedCounts = (articles: typeof library, filter: LibraryFilter, f: typeof facets) =>
  annotatedOptions(countFilters(articles, filter, f))
const compact = (options: { value: string; count: number }[]) => options.map((o) => `${o.value}:${o.count}`).join(' ')

describe('filter option counts', () => {
  it('counts the articles that need a look under the other filters', () => {
    const unsure = library.map((one) => ({ ...one, needsLook: one.outlet === null || one.date === null }))
    expect(countFilters(unsure, noFilter, facets).needsLook.get('yes')).toBe(2)
    expect(countFilters(unsure, { ...noFilter, outlet: 'Kinhtedothi' }, facets).needsLook.get('yes')).toBe(1)
    // Its own choice does not shrink its count: the label says how many there are to look at.
    expect(countFilters(unsure, { ...noFilter, needsLook: 'yes' }, facets).needsLook.get('yes')).toBe(2)
  })

  it('counts each outlet under the other filters', () => {
    expect(compact(outletCounts(library, { ...noFilter, from: '2025-01-01' }, facets))).toBe(
      'Báo Nhân dân:1 Việt Nam:1'
    )
    expect(outletCounts(library, noFilter, facets).find((o) => o.value === UNKNOWN_OUTLET)).toMatchObject({
      label: 'Unknown outlet',
      count: 1
    })
    // The outlet's own choice does not narrow its counts: the other outlets stay choosable.
    expect(compact(outletCounts(library, { ...noFilter, outlet: 'Việt Nam', color: 'yellow' }, facets))).toBe(
      'Báo Nhân dân:1 Việt Nam:1'
    )
  })

  it('lists tags that would leave articles, with names, most used first', () => {
    expect(tagCounts(library, noFilter, facets, tags).map((o) => `${o.label}:${o.count}`)).toEqual([
      'ควบรวม:2',
      'มติ 18-NQ/TW:2'
    ])
    expect(compact(tagCounts(library, { ...noFilter, color: 'pink' }, facets, tags))).toBe('t2:1 t1:1') // equal counts: by name, ค before ม
    // A chosen tag that the other filters empty stays listed, at zero, so it can be seen and cleared.
    expect(compact(tagCounts(library, { ...noFilter, tag: 't3' }, facets, tags))).toBe('t2:2 t1:2 t3:0')
  })

  it('counts all six colours in toolbar order', () => {
    expect(compact(colorCounts(library, noFilter, facets, labels))).toBe(
      'yellow:2 green:1 blue:0 pink:1 purple:0 orange:0'
    )
    expect(compact(colorCounts(library, { ...noFilter, tag: 't1' }, facets, labels))).toBe(
      'yellow:1 green:1 blue:0 pink:1 purple:0 orange:0'
    )
  })

  it('counts annotated and unannotated articles, within a narrowed set (as a query leaves it)', () => {
    expect(annotatedCounts(library, noFilter, facets)).toEqual({ yes: 3, no: 2 })
    expect(annotatedCounts(library.slice(0, 3), { ...noFilter, outlet: 'Báo Nhân dân' }, facets)).toEqual({
      yes: 1,
      no: 0
    })
  })

  it('counts in one pass what filtering with each control left out would leave, for every combination', () => {
    const choices: LibraryFilter[] = []
    for (const outlet of [null, 'Báo Nhân dân', UNKNOWN_OUTLET])
      for (const from of [null, '2025-01-01'])
        for (const tag of [null, 't1', 't3'])
          for (const color of [null, 'yellow', 'pink'] as const)
            for (const annotated of [null, 'yes', 'no'] as const)
              choices.push({ outlet, from, to: null, tag, color, annotated })
    const keys = { outlet: (a: (typeof library)[number]) => [a.outlet ?? UNKNOWN_OUTLET] } as const
    for (const filter of choices) {
      const counts = countFilters(library, filter, facets)
      const reference = (
        ignore: 'outlet' | 'tag' | 'color' | 'annotated',
        keysOf: (a: (typeof library)[number]) => string[]
      ) => {
        const map = new Map<string, number>()
        for (const a of library.filter((a) => matches(a, filter, facets, ignore)))
          for (const key of new Set(keysOf(a))) map.set(key, (map.get(key) ?? 0) + 1)
        return map
      }
      expect(counts.outlet).toEqual(reference('outlet', keys.outlet))
      expect(counts.tag).toEqual(reference('tag', (a) => facets[a.id]?.tags ?? []))
      expect(counts.color).toEqual(reference('color', (a) => facets[a.id]?.colors ?? []))
      expect(counts.annotated).toEqual(reference('annotated', (a) => [a.annotationCount > 0 ? 'yes' : 'no']))
    }
    expect(choices).toHaveLength(162)
  })
})
