// The single-file store's schema history. Each step takes the previous version's JSON to the
// next. Version 1 kept tag names on each highlight; version 2 has a codebook of tags referenced by
// id, and W3C-style selectors. Version 3 (the sharded folder) is made from version 2 by open-store.
import { LEGACY_VERSION } from './store-schemas'

type Json = Record<string, unknown>
type Migration = (data: Json) => Json

interface V1Highlight {
  id: string
  articleId: string
  quote: string
  prefix?: string
  suffix?: string
  start: number
  end: number
  color?: string
  note?: string
  tags?: string[]
  createdAt?: string
}

export const MIGRATIONS: Record<number, Migration> = {
  1: (data) => {
    const highlights = (data.highlights as V1Highlight[] | undefined) ?? []
    const tagIds = new Map<string, string>()
    const tags = []
    for (const name of highlights.flatMap((highlight) => highlight.tags ?? [])) {
      if (tagIds.has(name)) continue
      const id = `t${tagIds.size + 1}`
      tagIds.set(name, id)
      tags.push({ id, name, color: '#8a7f6a', description: '', parentId: null, created: new Date(0).toISOString() })
    }
    const annotations = highlights.map((highlight) => ({
      id: highlight.id,
      articleId: highlight.articleId,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: highlight.quote,
          prefix: highlight.prefix ?? '',
          suffix: highlight.suffix ?? ''
        },
        position: { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
        textHash: '' // unknown: re-anchored against the current text on first open
      },
      color: highlight.color ?? 'yellow',
      tags: (highlight.tags ?? []).map((name) => tagIds.get(name) ?? name),
      note: highlight.note ?? '',
      created: highlight.createdAt ?? new Date(0).toISOString(),
      modified: highlight.createdAt ?? new Date(0).toISOString()
    }))
    return { version: 2, annotations, tags }
  }
}

export type MigrationOutcome =
  { ok: true; data: Json; from: number } | { ok: false; reason: 'newer' | 'unknown'; version: unknown }

export function migrate(data: Json): MigrationOutcome {
  const from = data.version
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { ok: false, reason: 'unknown', version: from }
  if (from > LEGACY_VERSION) return { ok: false, reason: 'newer', version: from }
  let current = data
  for (let version = from; version < LEGACY_VERSION; version++) {
    const step = MIGRATIONS[version]
    if (!step) return { ok: false, reason: 'unknown', version }
    current = step(current)
  }
  return { ok: true, data: current, from }
}
