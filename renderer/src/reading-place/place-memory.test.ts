// The renderer's memory of reading places: notes go to main a moment later, one per article with
// its last place; a place noted here wins over main's (older) answer; the page going sends at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const saved: Array<{ articleId: string; offset: number }> = []
const kept = new Map<string, number>([['read-before', 900]])
vi.mock('../api/client', () => ({
  api: {
    saveReadingPlace: async (input: { articleId: string; offset: number }) => {
      saved.push(input)
      return { ok: true, value: { saved: true } }
    },
    getReadingPlace: async ({ articleId }: { articleId: string }) => {
      const offset = kept.get(articleId)
      return { ok: true, value: offset === undefined ? null : { offset } }
    }
  }
}))

const page = new EventTarget()
beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('window', Object.assign(page, { setTimeout, clearTimeout }))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  saved.length = 0
})

const { notePlace, onPageLeave, recallPlace } = await import('./place-memory')

describe('the reading places in the renderer', () => {
  it('sends each article’s last place once, a moment after the reader stops', async () => {
    notePlace('a', 10)
    notePlace('a', 20)
    notePlace('b', 5)
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toEqual([
      { articleId: 'a', offset: 20 },
      { articleId: 'b', offset: 5 }
    ])
    notePlace('a', 20) // where it already was: nothing to send
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toHaveLength(2)
  })

  it('recalls main’s place, none for an article never read, and its own newer note first', async () => {
    expect(await recallPlace('read-before')).toBe(900)
    expect(await recallPlace('never-read')).toBeNull()
    notePlace('read-before', 1500)
    expect(await recallPlace('read-before')).toBe(1500)
  })

  it('sends at once when the page goes, after the panes note where they are', async () => {
    const stop = onPageLeave(() => notePlace('c', 42))
    page.dispatchEvent(new Event('pagehide'))
    stop()
    await Promise.resolve()
    expect(saved).toContainEqual({ articleId: 'c', offset: 42 })
  })
})
