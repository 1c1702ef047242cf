// A CPU profile from Chrome's Profiler domain, summed by function: self time, then inclusive
// time (a recursive function counts once per level), to see where a slow frame goes.

export interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples: number[]
  timeDeltas: number[]
}

export function printProfile(profile: CpuProfile, print: (line: string) => void): void {
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const total = (id: number): number =>
    (self.get(id) ?? 0) + (nodes.get(id)?.children ?? []).reduce((sum, child) => sum + total(child), 0)
  const bySelf = new Map<string, number>()
  const byTotal = new Map<string, number>()
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anon)'} ${url.split('/').at(-1)}:${lineNumber}`
    bySelf.set(key, (bySelf.get(key) ?? 0) + (self.get(node.id) ?? 0))
    byTotal.set(key, (byTotal.get(key) ?? 0) + total(node.id))
  }
  const top = (times: Map<string, number>, count: number) => [...times].sort((a, b) => b[1] - a[1]).slice(0, count)
  for (const [name, us] of top(bySelf, 25)) print(`${(us / 1000).toFixed(1)} ms  ${name}`)
  print('inclusive:')
  for (const [name, us] of top(byTotal, 40)) print(`${(us / 1000).toFixed(1)} ms  ${name}`)
}
