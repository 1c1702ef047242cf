// The interface's language: i18next with one message file per area and language
// (messages/<language>/<area>.json), found by Vite's glob so an area added is loaded without a
// registry to edit. English is the fallback: a message not yet translated shows in English, never
// as its key. Switched at run time from the settings (use-reading-settings.ts).
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../common/model/reading-settings'

type Messages = Record<string, unknown>

const files = import.meta.glob<Messages>('./messages/*/*.json', { eager: true, import: 'default' })

/** language → area → messages, from the files' paths. */
export function messageResources(found: Record<string, Messages>): Record<string, Record<string, Messages>> {
  const resources: Record<string, Record<string, Messages>> = {}
  for (const [path, messages] of Object.entries(found)) {
    const [, language, area] = /\/messages\/([a-z]{2})\/([\w-]+)\.json$/.exec(path) ?? []
    if (language && area) (resources[language] ??= {})[area] = messages
  }
  return resources
}

export const resources = messageResources(files)

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...INTERFACE_LANGUAGES],
  defaultNS: 'common',
  ns: Object.keys(resources.en ?? {}),
  // React escapes what it renders; escaping here too would show &amp; in Thai titles.
  interpolation: { escapeValue: false },
  returnNull: false
})

/** Switches every translated text (and the page's lang, which picks Thai line breaking and fonts). */
export function applyInterfaceLanguage(language: InterfaceLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language)
  document.documentElement.lang = language
}

export { i18next }
