import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/600.css'
import 'prosemirror-view/style/prosemirror.css'
import './styles.css'
import './bidi/bidi.css'
import './i18n/i18n'
import { App } from './App'
import { createQueryClient } from './data/query-client'
import { DataProvider } from './data/DataProvider'
import { installMainDomainWords } from './api/install-domain-words'
import { KeymapProvider } from './keys/KeymapProvider'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Before the first render: the reader's first selection is cut as main cuts the text.
void installMainDomainWords().then(() =>
  createRoot(root).render(
    <StrictMode>
      <DataProvider client={createQueryClient()}>
        <KeymapProvider>
          <App />
        </KeymapProvider>
      </DataProvider>
    </StrictMode>
  )
)
