import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './main/security/content-security-policy'

/** The built index.html carries the same policy the web host sends as a header. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'crossread-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
      )
  }
}

// Entries live at the repo root (main/, preload/, renderer/), not under electron-vite's default src/.
export default defineConfig({
  main: {
    build: {
      // zod bundled: its ~100 module files from node_modules took ~40 ms more of every launch
      // (median of five web-mode starts) than the part of it the build keeps, in one chunk.
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/main',
      // Each worker is its own entry: worker threads start from a file. Shared chunks stay beside
      // the entries so that `new URL('./search-worker.js', import.meta.url)` finds it.
      lib: {
        entry: {
          index: resolve('main/index.ts'),
          // Web mode's launcher (`npm run web`): built, it runs without tsx's loader thread and compiled
          // sources in memory (192 → 144 MB at rest).
          web: resolve('main/web/start-web.ts'),
          'search-worker': resolve('main/search/shard-worker.ts'),
          'parse-worker': resolve('main/parsing/parse-worker.ts')
        }
      },
      rolldownOptions: { output: { chunkFileNames: '[name]-[hash].js' } }
    }
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module, and it cannot require() node_modules:
      // bundle zod into one CommonJS file.
      externalizeDeps: false,
      lib: { entry: resolve('preload/index.ts'), formats: ['cjs'] }
    }
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), contentSecurityPolicy()],
    build: {
      // Fonts and images stay files: the policy allows no data: URLs.
      assetsInlineLimit: 0,
      minify: true,
      // Class fields lowered (ES2021): the Electron security check's AST walker predates private
      // fields (#x, in TanStack Query), and would otherwise leave the renderer bundle unscanned.
      target: 'es2021',
      // One bundle read from disk, never downloaded: its size is not worth splitting for.
      chunkSizeWarningLimit: 1024,
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') }
    }
  }
})
