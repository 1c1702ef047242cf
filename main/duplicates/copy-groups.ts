// Articles joined by near-duplicate pairs into groups (union-find): the library marks each
// article of a group with its size. A dismissed pair joins nothing, though its two articles may
// still meet in one group through a third that copies both.

/** Each article in a group of two or more, with the group's members (sorted, shared by all of them). */
export function copyGroups(pairs: Iterable<readonly [string, string]>): Map<string, readonly string[]> {
  const parent = new Map<string, string>()
  const root = (id: string): string => {
    let at = id
    while (parent.get(at) !== at) {
      const up = parent.get(at) as string
      parent.set(at, parent.get(up) as string) // path halving
      at = up
    }
    return at
  }
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    const [x, y] = [root(a), root(b)]
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y)
  }
  const members = new Map<string, string[]>()
  for (const id of parent.keys()) {
    const top = root(id)
    const group = members.get(top) ?? []
    group.push(id)
    members.set(top, group)
  }
  const groups = new Map<string, readonly string[]>()
  for (const group of members.values()) {
    group.sort()
    for (const id of group) groups.set(id, group)
  }
  return groups
}
