// The user's own words: merged with the shipped list at launch, kept in the data folder's
// domain-words.txt (a missing file is no words; an unreadable one is reported and never written
// over), and changed from the app with the change announced before it is written, kept in memory
// and said when the write fails.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainWordList, type DomainWordsChanged } from './domain-word-list'
import { mergeDomainWords } from './read-domain-words'
import { editWordsText, readUserWords, userWordsFile, userWordsWriter } from './user-words-file'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'crossread-words-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const opened = (shipped: string[]) => {
  const read = readUserWords(dataDir)
  return new DomainWordList(shipped, read.words, userWordsWriter(dataDir, read))
}

describe('the shipped list and the user’s words', () => {
  it('merge into one sorted list without repeats, normalised as the kernel installs it', () => {
    const unordered = 'ลุงป\u0e48\u0e39' // the tone mark typed before SARA UU: NFC puts it after
    expect(mergeDomainWords(['ท้องถิ่น', 'กระจายอำนาจ'], ['เชิงรุก', ' ท้องถิ่น ', unordered, ''])).toEqual(
      ['กระจายอำนาจ', 'ลุงปู่', 'ท้องถิ่น', 'เชิงรุก'].sort()
    )
  })

  it('reads a missing file as no words, and a file that cannot be read as a problem to report', async () => {
    expect(readUserWords(dataDir)).toMatchObject({ words: [], problem: null })
    await writeFile(userWordsFile(dataDir), '# mine\nเชิงรุก\r\n\nคำปรึกษา\n')
    expect(readUserWords(dataDir)).toMatchObject({ words: ['เชิงรุก', 'คำปรึกษา'], problem: null })
    await rm(userWordsFile(dataDir))
    await mkdir(userWordsFile(dataDir)) // a folder where the file should be: EISDIR
    const unreadable = readUserWords(dataDir)
    expect(unreadable).toMatchObject({ words: [], text: null })
    expect(unreadable.problem).toMatch(/could not be read .*the shipped list is used/)
  })

  it('edits the file’s lines: comments and order stay, a new word goes last, a dropped one goes', () => {
    const text = '# my words\nคำปรึกษา\n# reform\nเชิงรุก\n'
    expect(editWordsText(text, ['คำปรึกษา', 'เชิงรุก', 'ลงทุนสาธารณะ'])).toBe(`${text}ลงทุนสาธารณะ\n`)
    expect(editWordsText(text, ['เชิงรุก'])).toBe('# my words\n# reform\nเชิงรุก\n')
  })
})

describe('a word kept from the app', () => {
  it('is on the list at once, announced, and written to the data folder', async () => {
    const list = opened(['ท้องถิ่น'])
    const changes: DomainWordsChanged[] = []
    list.onChange((change) => changes.push(change))
    expect(await list.add('เชิงรุก')).toEqual({ word: 'เชิงรุก', changed: true, saved: true, problem: null })
    expect(list.words).toEqual(['ท้องถิ่น', 'เชิงรุก'])
    expect(changes).toEqual([{ words: ['ท้องถิ่น', 'เชิงรุก'], added: ['เชิงรุก'], removed: [] }])
    expect(await readFile(userWordsFile(dataDir), 'utf8')).toMatch(/\nเชิงรุก\n$/)
    // The next launch reads it back.
    expect(opened(['ท้องถิ่น']).words).toEqual(['ท้องถิ่น', 'เชิงรุก'])
    // Listed already (shipped or the user's): nothing changes, nothing is announced.
    expect(await list.add('ท้องถิ่น')).toMatchObject({ changed: false, saved: true })
    expect(changes).toHaveLength(1)
  })

  it('is taken off again, only as the user’s (a shipped word the user also listed stays listed)', async () => {
    await writeFile(userWordsFile(dataDir), 'เชิงรุก\nท้องถิ่น\n')
    const list = opened(['ท้องถิ่น'])
    const changes: DomainWordsChanged[] = []
    list.onChange((change) => changes.push(change))
    expect(list.isUsers('ท้องถิ่น') && list.isShipped('ท้องถิ่น')).toBe(true)
    await list.remove('ท้องถิ่น')
    await list.remove('เชิงรุก')
    expect(list.words).toEqual(['ท้องถิ่น'])
    expect(changes.map(({ added, removed }) => [added, removed])).toEqual([[[], ['เชิงรุก']]])
    expect(await readFile(userWordsFile(dataDir), 'utf8')).toBe('')
  })

  it('stays in memory when the write fails, says so, and is written with the next change', async () => {
    let failing = true
    const written: string[][] = []
    const reported: string[] = []
    const list = new DomainWordList(
      [],
      [],
      async (words) => {
        if (failing) throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
        written.push([...words])
      },
      (problem) => reported.push(problem)
    )
    const answer = await list.add('เชิงรุก')
    expect(answer).toMatchObject({ changed: true, saved: false })
    expect(answer.problem).toMatch(/the disk is full.*kept until Crossread closes/)
    expect(reported).toEqual([answer.problem])
    expect(list.words).toEqual(['เชิงรุก'])
    failing = false
    expect(await list.flush()).toBe(true)
    expect(written).toEqual([['เชิงรุก']])
  })

  it('never writes over a file of the user’s that could not be read', async () => {
    await mkdir(userWordsFile(dataDir))
    const answer = await opened([]).add('เชิงรุก')
    expect(answer).toMatchObject({ changed: true, saved: false })
    expect(answer.problem).toMatch(/could not be read at launch/)
  })
})
