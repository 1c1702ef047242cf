import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import type { Article } from '../../common/model/article-types'
import { AnnotationService } from '../annotations/annotation-service'
import { ChangeLog } from '../events/change-log'
import { openAnnotationStore, type OpenedStore } from '../store/open-store'
import { BACKUP_SETTINGS_FILE, connectBackups, readBackupsKept } from './connect-backups'

const ARTICLE = 'a0123456789abcde'
const TEXT = 'คณะกรรมการพรรคประจำจังหวัดได้ดำเนินการปรับปรุงกลไกตามมติที่ 18-NQ/TW อย่างต่อเนื่อง'
let dir: string
let opened: OpenedStore

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crossread-backups-'))
  opened = await openAnnotationStore(dir, { coalesceMs: 10, backupEveryMs: Number.MAX_SAFE_INTEGER })
})
afterEach(async () => {
  await opened.store.shutDown()
  await opened.lock?.release()
  await rm(dir, { recursive: true, force: true })
})

function connect() {
  const annotations = new AnnotationService({
    store: opened.store,
    loadArticle: async (id) =>
      id === ARTICLE
        ? ({ summary: { id } as Article['summary'], blocks: [{ kind: 'paragraph', text: TEXT }] } satisfies Article)
        : undefined
  })
  const changes = new ChangeLog({ start: 100 })
  let followed = 0
  const backups = connectBackups({
    dataDir: dir,
    kept: 5,
    onKept: () => undefined,
    store: opened.store,
    annotations,
    changes,
    afterRestore: () => (followed += 1)
  })
  const note = (phrase: string) => {
    const start = TEXT.indexOf(phrase)
    return annotations.create({
      articleId: ARTICLE,
      start,
      end: start + phrase.length,
      color: 'yellow',
      tags: [],
      newTags: [],
      note: phrase
    })
  }
  return { annotations, changes, backups, note, followed: () => followed }
}

it('after a restore, undo is empty, every page refetches and what follows the annotations reads them again', async () => {
  const { annotations, changes, backups, note, followed } = connect()
  await note('คณะกรรมการ')
  const id = (await backups.backUpNow()) ?? ''
  await note('ปรับปรุงกลไก')
  expect(annotations.historyLabels().undo).not.toBeNull()
  const version = changes.version
  await backups.restore(id)
  expect((await annotations.list(ARTICLE)).map((view) => view.note)).toEqual(['คณะกรรมการ'])
  expect(annotations.historyLabels()).toEqual({ undo: null, redo: null })
  expect(changes.since(version).kind).toBe('reset')
  expect(followed()).toBe(1)
  const listed = await backups.list()
  expect(listed.map((point) => [point.kind, point.holds?.annotations])).toEqual([
    ['before-restore', 2],
    ['manual', 1]
  ])
})

it('keeps how many are kept in the data folder, and reads it back (the default if it is damaged)', async () => {
  const { backups } = connect()
  expect(await readBackupsKept(dir)).toBe(5)
  await backups.setKept(12)
  expect(JSON.parse(await readFile(join(dir, BACKUP_SETTINGS_FILE), 'utf8'))).toEqual({ kept: 12 })
  expect(await readBackupsKept(dir)).toBe(12)
  expect(backups.kept()).toBe(12)
  await writeFile(join(dir, BACKUP_SETTINGS_FILE), '{"kept": 4')
  expect(await readBackupsKept(dir)).toBe(5)
})
