import { describe, expect, it } from 'vitest'
import { withoutTsx } from './start-worker'

describe("a worker's Node options", () => {
  it("drop tsx's loader, in every spelling, and keep the rest", () => {
    expect(withoutTsx(['--import', 'tsx', '--max-old-space-size=512'])).toEqual(['--max-old-space-size=512'])
    expect(withoutTsx(['--import=tsx', '--require', 'tsx/cjs', '--cpu-prof'])).toEqual(['--cpu-prof'])
    expect(withoutTsx(['--import', './trace.mjs', '--loader', 'tsx/esm'])).toEqual(['--import', './trace.mjs'])
  })
})
