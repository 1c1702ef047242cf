// Where the reader left off in each article (common/model/reading-place.ts): reading-places.json
// in the data folder, kept as the reader's layout is (main/layout/reader-layout-file.ts). Bounded:
// the least recently read articles are forgotten past READING_PLACES_LIMIT. One that cannot be read
// is set aside (renamed, never written over) and the reader starts every article at its top.
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import {
  READING_PLACES_LIMIT,
  readingPlacesFileSchema,
  type ReadingPlace,
  type ReadingPlacesFileContent
} from '../../common/model/reading-place'
import { UserFileWrites } from '../storage/user-file-writes'
import { writeFileDurably } from '../storage/write-file-durably'

export const READING_PLACES_FILE = 'reading-places.json'

export class ReadingPlacesFile {
  private writes: UserFileWrites
  /** Oldest first (a Map keeps insertion order): noting a place moves its article to the end. */
  private places = new Map<string, ReadingPlace>()
  /** A write asked for but not started: later places ride along with it, not in a write of their own. */
  private queued: Promise<string | null> | null = null
  /** Scrolling notes places often; a disk that keeps failing is told once, not at every pause. */
  private failing = false

  private constructor(
    private readonly file: string,
    places: ReadingPlace[],
    report: (problem: string) => void,
    private readonly limit: number,
    private readonly now: () => number
  ) {
    for (const place of places) this.places.set(place.articleId, place)
    this.trim()
    this.writes = new UserFileWrites(
      () => {
        this.queued = null
        const content: ReadingPlacesFileContent = { version: 1, places: [...this.places.values()] }
        return writeFileDurably(this.file, `${JSON.stringify(content)}\n`, { createFolder: true })
      },
      (reason) => `Where you left off in articles could not be saved (${reason}); it is kept until Crossread closes.`,
      (problem) => {
        if (!this.failing) report(problem)
        this.failing = true
      }
    )
  }

  static async open(
    dataDir: string,
    report: (problem: string) => void,
    options: { limit?: number; now?: () => number } = {}
  ): Promise<ReadingPlacesFile> {
    const file = join(dataDir, READING_PLACES_FILE)
    const places = await readPlaces(file, report)
    return new ReadingPlacesFile(file, places, report, options.limit ?? READING_PLACES_LIMIT, options.now ?? Date.now)
  }

  /** The offset the reader left this article at, or null. */
  get(articleId: string): number | null {
    return this.places.get(articleId)?.offset ?? null
  }

  /** Articles with a place, least recently read first. */
  articleIds(): string[] {
    return [...this.places.keys()]
  }

  /** Notes a place (validated by the API already); null, or why it could not be written. */
  save(articleId: string, offset: number): Promise<string | null> {
    this.places.delete(articleId)
    this.places.set(articleId, { articleId, offset, at: this.now() })
    this.trim()
    if (this.queued) return this.queued
    const written = this.writes.save().then((problem) => {
      if (problem === null) this.failing = false
      return problem
    })
    this.queued = written
    return written
  }

  flush(): Promise<boolean> {
    return this.writes.flush()
  }

  private trim(): void {
    for (const articleId of this.places.keys()) {
      if (this.places.size <= this.limit) break
      this.places.delete(articleId)
    }
  }
}

async function readPlaces(file: string, report: (problem: string) => void): Promise<ReadingPlace[]> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT')
      report('Where you left off in articles could not be read: articles open at their top.')
    return []
  }
  const parsed = safeParse(text)
  if (parsed) return parsed.places
  const aside = `${file}.unreadable-${Date.now()}`
  await rename(file, aside).catch(() => undefined)
  report(`The places you left off at (${READING_PLACES_FILE}) were damaged and set aside; articles open at their top.`)
  return []
}

function safeParse(text: string): ReadingPlacesFileContent | null {
  try {
    const result = readingPlacesFileSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}
