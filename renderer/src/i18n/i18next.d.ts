// Message keys are checked at compile time: t('…') with a key missing from the English file is an
// error. Each area's English file is named here (one line per area).
import 'i18next'
import type common from './messages/en/common.json'
import type settings from './messages/en/settings.json'
import type library from './messages/en/library.json'
import type search from './messages/en/search.json'
import type orphans from './messages/en/orphans.json'
import type duplicates from './messages/en/duplicates.json'
import type corrections from './messages/en/corrections.json'
import type status from './messages/en/status.json'
import type panes from './messages/en/panes.json'
import type reader from './messages/en/reader.json'
import type annotations from './messages/en/annotations.json'
import type codebook from './messages/en/codebook.json'
import type memos from './messages/en/memos.json'
import type links from './messages/en/links.json'
import type shortcuts from './messages/en/shortcuts.json'
import type insights from './messages/en/insights.json'
import type documents from './messages/en/documents.json'
import type themesView from './messages/en/themesView.json'
import type passages from './messages/en/passages.json'
import type related from './messages/en/related.json'
import type exportArea from './messages/en/export.json'
import type dates from './messages/en/dates.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      dates: typeof dates
      common: typeof common
      settings: typeof settings
      library: typeof library
      search: typeof search
      orphans: typeof orphans
      duplicates: typeof duplicates
      corrections: typeof corrections
      status: typeof status
      panes: typeof panes
      reader: typeof reader
      annotations: typeof annotations
      codebook: typeof codebook
      memos: typeof memos
      links: typeof links
      shortcuts: typeof shortcuts
      insights: typeof insights
      documents: typeof documents
      themesView: typeof themesView
      passages: typeof passages
      related: typeof related
      export: typeof exportArea
    }
  }
}
