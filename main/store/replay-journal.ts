// Replaying the journal at launch: every change acknowledged since the last fold is applied again,
// in order, over the shards, then folded in. Records hold values, not deltas, so replaying what the
// shards already hold (a kill after the shards were written, before the manifest) changes nothing;
// segments older than the manifest's cut, which a kill left behind, are skipped. A torn last line
// (an append cut short by a kill or power loss, never acknowledged) is ignored; a complete line
// that does not read is set aside and reported.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../storage/write-file-durably'
import type { AnnotationStore } from './annotation-store'
import { listSegments, segmentName } from './journal-file'
import { readSegment, type JournalRecord } from './journal-record'

export interface JournalReading {
  records: JournalRecord[]
  damaged: { segment: string; line: string; problem: string }[]
  /** Where appends of this session start: after every segment found. */
  nextSegment: number
}

/** Reads the segments from `cut` on (the manifest's: those before it are already in the shards). */
export async function readJournal(folder: string, cut = 0): Promise<JournalReading> {
  // Never below the cut, even when every segment was retired: new ones under it would be skipped.
  const reading: JournalReading = { records: [], damaged: [], nextSegment: Math.max(1, cut) }
  for (const n of await listSegments(folder)) {
    reading.nextSegment = Math.max(reading.nextSegment, n + 1) // a segment left behind is never appended to again
    if (n < cut) continue
    const segment = readSegment(await readFile(join(folder, segmentName(n)), 'utf8'))
    reading.records.push(...segment.records)
    reading.damaged.push(...segment.damaged.map((damaged) => ({ segment: segmentName(n), ...damaged })))
  }
  return reading
}

/** Applies the journal to the store and folds it in; returns what the user should be told. */
export async function replayJournal(
  store: AnnotationStore,
  journal: JournalReading,
  folder: string,
  now: Date
): Promise<string[]> {
  const notices: string[] = []
  if (journal.damaged.length > 0) {
    const aside = join(folder, `journal-damaged-${now.toISOString().replace(/[:.]/g, '-')}.log`)
    await writeFileDurably(aside, journal.damaged.map((damaged) => `${damaged.line}\n`).join(''))
    const problems = [...new Set(journal.damaged.map((damaged) => damaged.problem))].join('; ')
    notices.push(
      `${journal.damaged.length} recent annotation change(s) in the journal could not be read (${problems}). ` +
        `They were kept in ${aside}; every other change was restored.`
    )
  }
  const previous = store.onNotice
  store.onNotice = (notice) => notices.push(notice) // a shard read for the replay may need recovering
  try {
    await apply(store, journal.records)
  } finally {
    store.onNotice = previous
  }
  // On success the replayed segments are deleted; on failure they stay for the next launch.
  if (journal.records.length > 0 || journal.damaged.length > 0) await store.checkpoint()
  return notices
}

async function apply(store: AnnotationStore, records: JournalRecord[]): Promise<void> {
  for (const record of records) {
    for (const annotation of record.annotations) await store.ensureArticle(annotation.articleId)
    for (const id of record.deletedAnnotations) await store.ensureId(id)
    for (const annotation of record.annotations) store.put(annotation)
    for (const id of record.deletedAnnotations) store.remove(id)
    for (const tag of record.tags) store.putTag(tag)
    for (const id of record.deletedTags) store.removeTag(id)
    for (const decision of record.themeDecisions) store.putThemeDecision(decision)
    for (const id of record.deletedThemeDecisions) store.removeThemeDecision(id)
    for (const dismissal of record.nearDuplicateDismissals) store.putNearDuplicateDismissal(dismissal)
    for (const id of record.deletedNearDuplicateDismissals) store.removeNearDuplicateDismissal(id)
    for (const link of record.links) store.putLink(link)
    for (const id of record.deletedLinks) store.removeLink(id)
    for (const decision of record.citationDecisions) store.putCitationDecision(decision)
    for (const id of record.deletedCitationDecisions) store.removeCitationDecision(id)
    for (const memo of record.memos) store.putMemo(memo)
    for (const id of record.deletedMemos) store.removeMemo(id)
    for (const correction of record.corrections) store.putCorrection(correction)
    for (const id of record.deletedCorrections) store.removeCorrection(id)
  }
}
