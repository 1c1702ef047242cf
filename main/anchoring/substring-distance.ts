// The fewest edits that turn `pattern` into some substring of `text`: the measure of how well a
// stored prefix or suffix agrees with the text beside a candidate. approx-string-match computes
// the same, but allocates and reverses strings on every call; a short quote can have a thousand
// verbatim occurrences to judge, so this plain dynamic programme over 32 × 33 cells is used instead.

let column = new Int32Array(64)

export function substringDistance(text: string, pattern: string): number {
  const m = pattern.length
  if (m === 0) return 0
  if (column.length < m + 1) column = new Int32Array(2 * (m + 1))
  // column[i]: edits to align pattern[0, i) so that it ends at the current text position.
  for (let i = 0; i <= m; i++) column[i] = i
  let best = m
  for (let j = 0; j < text.length; j++) {
    const unit = text.charCodeAt(j)
    let diagonal = 0 // column[0] before this step: a match may start anywhere in the text
    for (let i = 1; i <= m; i++) {
      const above = column[i] ?? 0
      const cost = pattern.charCodeAt(i - 1) === unit ? diagonal : diagonal + 1
      diagonal = above
      column[i] = Math.min(cost, above + 1, (column[i - 1] ?? 0) + 1)
    }
    best = Math.min(best, column[m] ?? m)
  }
  return best
}
