// The word list at launch and after a change: the user's words join the shipped ones, an unreadable
// file of theirs is a notice (the shipped list stands), and a word kept is published to the
// renderer as a domain-words event and handed to search with the whole list.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StatusBoard } from '../events/status-board'
import { userWordsFile } from '../lexicon/user-words-file'
import { followWordList, openWordList } from './connect-word-list'

let dir: string
let shippedFile: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-word-list-'))
  shippedFile = join(dir, 'shipped.txt')
  await writeFile(shippedFile, '# shipped\nท้องถิ่น\nกระจายอำนาจ\n')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('the word list the app opens', () => {
  it('is the shipped words and the user’s own from the data folder', async () => {
    await writeFile(userWordsFile(dir), 'เชิงรุก\nท้องถิ่น\n')
    const status = new StatusBoard()
    expect(openWordList({ shippedFile, dataDir: dir, status }).words).toEqual(['กระจายอำนาจ', 'ท้องถิ่น', 'เชิงรุก'])
    expect(status.get().notices).toEqual([])
  })

  it('is the shipped list, with a notice, when the user’s file cannot be read', async () => {
    await mkdir(userWordsFile(dir))
    const status = new StatusBoard()
    const logged: string[] = []
    const list = openWordList({ shippedFile, dataDir: dir, status, log: (line) => logged.push(line) })
    expect(list.words).toEqual(['กระจายอำนาจ', 'ท้องถิ่น'])
    expect(status.get().notices).toEqual([expect.stringMatching(/your own word list .*could not be read/i)])
    expect(logged).toHaveLength(1)
  })

  it('publishes a kept word to the renderer and hands search the whole list', async () => {
    const status = new StatusBoard()
    const list = openWordList({ shippedFile, dataDir: dir, status })
    const given: string[][] = []
    const search = {
      useDomainWords: async (words: readonly string[]) => (given.push([...words]), { documents: 2, notes: 0 })
    }
    const since = status.changes.version
    const stop = followWordList(list, { search, changes: status.changes })
    await list.add('เชิงรุก')
    const answer = status.changes.since(since)
    expect(answer.kind === 'changes' && answer.events).toEqual([
      { kind: 'domain-words', words: ['กระจายอำนาจ', 'ท้องถิ่น', 'เชิงรุก'], added: ['เชิงรุก'], removed: [] }
    ])
    expect(given).toEqual([['กระจายอำนาจ', 'ท้องถิ่น', 'เชิงรุก']])
    stop()
    await list.add('คำปรึกษา')
    expect(given).toHaveLength(1)
  })
})
