// Every area's Thai messages say what the English ones say: the same keys, nothing left out or
// left over, and the same {{placeholders}} (a translation that drops one loses a count or a name).
import { describe, expect, it } from 'vitest'
import { resources } from './i18n'

/** Each message by its dotted key. */
function flatten(messages: Record<string, unknown>, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat.set(prefix + key, value)
    else for (const entry of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) flat.set(...entry)
  }
  return flat
}
/** Plural forms differ by language (English: _one and _other; Thai: _other alone): compared by stem. */
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')
const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort()

describe('the interface in Thai', () => {
  it('has a Thai file for every English area', () => {
    expect(Object.keys(resources.th ?? {}).sort()).toEqual(Object.keys(resources.en ?? {}).sort())
  })

  for (const area of Object.keys(resources.en ?? {})) {
    it(`translates every message of "${area}", placeholders kept`, () => {
      const english = flatten(resources.en?.[area] ?? {})
      const thai = flatten(resources.th?.[area] ?? {})
      const stems = (messages: Map<string, string>) => [...new Set([...messages.keys()].map(stem))].sort()
      expect(stems(thai)).toEqual(stems(english))
      const thaiByStem = new Map([...thai].map(([key, message]) => [stem(key), message]))
      for (const [key, message] of english)
        expect(placeholders(thaiByStem.get(stem(key)) ?? ''), key).toEqual(placeholders(message))
    })
  }
})
