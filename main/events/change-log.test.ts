import { describe, expect, it } from 'vitest'
import type { ChangeEvent } from '../../common/api/change-events'
import { ChangeLog } from './change-log'

const annotated = (id: string): ChangeEvent => ({
  kind: 'annotations',
  articles: { [id]: { count: 1, colors: ['yellow'], tags: [] } }
})
const kinds = (answer: { kind: string; events?: ChangeEvent[] }) =>
  answer.kind === 'reset' ? 'reset' : (answer.events ?? []).map((e) => e.kind).join(' ')

describe('the change log', () => {
  it('answers a client with exactly the events after its version, in order', () => {
    const log = new ChangeLog({ start: 100 })
    log.publish(annotated('a1'))
    const seen = log.version
    log.publish({ kind: 'codebook', changed: ['t1'], removed: [] })
    log.publish(annotated('a2'))
    const answer = log.since(seen)
    expect(kinds(answer)).toBe('codebook annotations')
    expect(answer.version).toBe(103)
    expect(kinds(log.since(answer.version))).toBe('')
  })

  it('keeps only the newest of a status kind: a newer value makes the older worthless', () => {
    const log = new ChangeLog({ start: 0 })
    const progress = (done: number): ChangeEvent => ({
      kind: 'import',
      importing: { folder: '/f', done, total: 9 },
      lastImport: null
    })
    log.publish(progress(1))
    log.publish(annotated('a1'))
    log.publish(progress(5))
    const answer = log.since(0)
    expect(answer.kind === 'changes' && answer.events).toEqual([annotated('a1'), progress(5)])
  })

  it('tells a client to reset when it is older than the kept log, or from another launch', () => {
    const log = new ChangeLog({ start: 10, capacity: 3 })
    for (let n = 0; n < 5; n++) log.publish(annotated(`a${n}`))
    expect(kinds(log.since(0))).toBe('reset') // a fresh page
    expect(kinds(log.since(11))).toBe('reset') // its next events were dropped
    expect(kinds(log.since(12))).toBe('annotations annotations annotations')
    expect(kinds(log.since(99))).toBe('reset') // a version this launch never gave
  })

  it('wakes a waiting client once for a burst of events, and after the timeout with none', async () => {
    const log = new ChangeLog({ start: 0 })
    const waiting = log.wait(0, 10_000)
    log.publish(annotated('a1'))
    log.publish({ kind: 'tag-usage', counts: { t1: 2 } })
    expect(kinds(await waiting)).toBe('annotations tag-usage')
    const started = Date.now()
    expect(kinds(await log.wait(log.version, 50))).toBe('')
    expect(Date.now() - started).toBeGreaterThanOrEqual(40)
  })

  it('tells in-process subscribers of each event until they unsubscribe', () => {
    const log = new ChangeLog()
    const seen: string[] = []
    const stop = log.subscribe((event) => seen.push(event.kind))
    log.publish({ kind: 'folders' })
    stop()
    log.publish({ kind: 'folders' })
    expect(seen).toEqual(['folders'])
  })
})
