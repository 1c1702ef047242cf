// The last settings applied, kept in this browser's storage so the next start paints in the
// user's theme and type at once, before the data folder's file (the one that counts) has been
// read: a reader who chose dark is not flashed with white paper at every start.
import {
  DEFAULT_READING_SETTINGS,
  readingSettingsSchema,
  type ReadingSettings
} from '../../../common/model/reading-settings'

const KEY = 'crossread.reading-settings'

export function readHint(storage: Pick<Storage, 'getItem'> | null = safeStorage()): ReadingSettings {
  try {
    const kept = storage?.getItem(KEY)
    const parsed = kept ? readingSettingsSchema.safeParse(JSON.parse(kept)) : null
    return parsed?.success ? parsed.data : DEFAULT_READING_SETTINGS
  } catch {
    return DEFAULT_READING_SETTINGS
  }
}

export function keepHint(settings: ReadingSettings, storage: Pick<Storage, 'setItem'> | null = safeStorage()) {
  try {
    storage?.setItem(KEY, JSON.stringify(settings))
  } catch {
    // Storage full or refused: the next start paints the defaults first, nothing worse.
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
