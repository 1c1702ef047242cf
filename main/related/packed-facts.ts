// What the related index needs of an article's packed analysis (packed-analysis.ts): the names it
// cites (a known document's key, and the code as written), the themes it has a cue of (and whether
// detection shows them as the article's), and its date as a day number.
import { dayOf } from './related-order'

export interface PackedFacts {
  names: string[]
  themes: Array<[theme: string, detected: boolean]>
  day: number | null
}

interface PackedShape {
  c: [
    id: string | null,
    kind: string,
    number: string,
    issuer: string | null,
    form: number,
    resolved: [string, string] | null
  ][]
  t: [id: string, strength: number, detected: 0 | 1][]
  b?: [date: string | null, year: number | null, kinds: string]
}

export function packedFacts(packed: string): PackedFacts {
  const { c, t, b } = JSON.parse(packed) as PackedShape
  const names = new Set<string>()
  for (const [id, , , , , resolved] of c) {
    if (id) names.add(id)
    if (resolved) names.add(resolved[0])
  }
  return {
    names: [...names],
    themes: t.map(([theme, , detected]) => [theme, detected === 1]),
    day: b ? dayOf(b[0], b[1]) : null
  }
}
