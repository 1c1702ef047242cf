// The notice an annotated article's return gives: its annotations are back in reach, re-anchored
// to the text as it is now.

export function describeReturns(titles: string[]): string {
  const named = titles.slice(0, 3).map((title) => `“${title}”`)
  const more = titles.length > 3 ? ` and ${titles.length - 3} more` : ''
  const which = titles.length === 1 ? 'article' : `${titles.length} articles`
  return `The annotations of ${which} ${named.join(', ')}${more} are back with their file (re-anchored to its text as it is now).`
}
