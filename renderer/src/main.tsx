import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/600.css'
import 'prosemirror-view/style/prosemirror.css'
import './styles.css'
import './bidi/bidi.css'
import { App } from './App'
import { createQueryClient } from './data/query-client'
import { DataProvider } from './data/DataProvider'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <DataProvider client={createQueryClient()}>
      <App />
    </DataProvider>
  </StrictMode>
)
