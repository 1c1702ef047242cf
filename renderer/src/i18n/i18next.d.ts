// Message keys are checked at compile time: t('…') with a key missing from the English file is an
// error. Each area's English file is named here (one line per area).
import 'i18next'
import type common from './messages/en/common.json'
import type settings from './messages/en/settings.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      settings: typeof settings
    }
  }
}
