// The process boundary, enforced: only the Electron shell imports electron, and the renderer
// reaches for no Node module. (VS Code fails its build on a bad import; this is our version.)
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const SHELL = [/^main\/index\.ts$/, /^main\/shell\//]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [relative(root, path)] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)]
  return found.map((match) => match[1] ?? '')
}

describe('process boundary', () => {
  it('finds the files it checks', () => {
    expect(sourceFiles(join(root, 'main')).length).toBeGreaterThan(10)
    expect(sourceFiles(join(root, 'renderer')).length).toBeGreaterThan(5)
  })

  it('lets only the shell under main/ import electron', () => {
    const offenders = sourceFiles(join(root, 'main'))
      .filter((file) => !SHELL.some((pattern) => pattern.test(file)))
      .filter((file) => importsOf(file).some((spec) => spec === 'electron' || spec.startsWith('electron/')))
    expect(offenders).toEqual([])
  })

  it('keeps Node and electron out of the renderer', () => {
    const node = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'electron'])
    const offenders = sourceFiles(join(root, 'renderer')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => node.has(spec))
        .map((spec) => `${file} imports ${spec}`)
    )
    expect(offenders).toEqual([])
  })

  it('lets the renderer reach into main/ only for the contract, shared types and pure shared modules', () => {
    const allowed = /\/main\/(?:api\/contract|api\/change-events|api\/method-names|articles\/article-types|articles\/article-text|annotations\/annotation-types|annotations\/highlight-colors|search\/query|search\/tokenize|search\/search-types)$/
    const offenders = sourceFiles(join(root, 'renderer')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.includes('/main/') && !allowed.test(spec))
        .map((spec) => `${file} imports ${spec}`)
    )
    expect(offenders).toEqual([])
  })
})
