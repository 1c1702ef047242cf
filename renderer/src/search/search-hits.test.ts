import { describe, expect, it } from 'vitest'
import type { AnnotationHit } from '../../../common/model/search-types'
import { library } from '../library/test-library'
import { articlesById, noteResults, rankedArticles, snippetsById } from './search-hits'

const snippet = { text: 'ควบรวม', marks: [{ start: 0, end: 6 }] }
// Asked with limit 2: two hits (one with a snippet), then a later match as an id only.
const hits = [
  { id: 'e', score: 9, snippet },
  { id: 'gone', score: 5 }
]
const results = { articles: hits, laterIds: ['a'] }
const note = (annotationId: string, articleId: string): AnnotationHit => ({
  annotationId,
  articleId,
  field: 'note',
  snippet,
  score: 1
})

describe('search hits in the library', () => {
  it('keeps rank order and drops hits for articles no longer in the library', () => {
    expect(rankedArticles(results, articlesById(library)).map((article) => article.id)).toEqual(['e', 'a'])
  })

  it('has snippets only for the hits that carry one', () => {
    expect([...snippetsById(hits).keys()]).toEqual(['e'])
  })

  it('lists note hits only in the articles the filters keep, with their article', () => {
    const hits = [note('n1', 'a'), note('n2', 'b'), note('n3', 'a'), note('n4', 'gone')]
    const results = noteResults(hits, articlesById(library), (article) => article.outlet === 'Báo Nhân dân')
    expect(results.map((result) => `${result.hit.annotationId}@${result.article.title}`)).toEqual([
      'n1@บทความ a',
      'n3@บทความ a'
    ])
  })
})
