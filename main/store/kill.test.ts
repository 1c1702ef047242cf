// Nothing acknowledged is lost: the app's services, driven through the public API, killed with
// SIGKILL at random moments (the long run, 200 kills and more: npm run kill-test).
import { describe, expect, it } from 'vitest'
import { runKillTest } from '../../tests/support/kill-test'

const KILLS = 20

describe('annotations acknowledged through the API, under SIGKILL', () => {
  it(`are all on disk after each of ${KILLS} kills: creates, edits and deletes`, async () => {
    const result = await runKillTest({ kills: KILLS, seed: 20 })
    console.log(
      `kill test: ${result.kills} SIGKILLs (${result.killedDuringLaunch} during launch), ` +
        `${result.acknowledged} changes acknowledged, ${result.lost.length} lost; ` +
        `API answer median ${result.answerMs.median.toFixed(1)} ms, p95 ${result.answerMs.p95.toFixed(1)} ms`
    )
    expect(result.lost).toEqual([])
    expect(result.notices).toEqual([])
    expect(result.acknowledged).toBeGreaterThan(10 * KILLS) // the kills landed while changes were flowing
  }, 120_000)
})
