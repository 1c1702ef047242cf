// The folder rules, enforced (VS Code fails its build on a bad import; this is our version, and
// eslint.config.js says the same to the editor): common/ runs in both processes, so it imports no
// Node, no electron and nothing from main/ or renderer/; the renderer imports nothing from main/;
// under main/ only the shell imports electron; and no module imports itself round a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const SHELL = [/^main\/index\.ts$/, /^main\/shell\//]
const NODE = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'electron'])

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8')
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)]
  return found.map((match) => match[1] ?? '')
}

/** The repository-relative file a relative import names, or null for a package. */
function resolveImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null
  const base = resolve(root, dirname(file), spec)
  const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
    (path) => existsSync(path) && statSync(path).isFile()
  )
  return relative(root, found ?? base)
}

/** `file imports spec` for each import of the files in `folder` that `bad` refuses. */
function offenders(
  folder: string,
  bad: (spec: string, target: string | null) => boolean,
  files = sourceFiles(folder)
): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((spec) => bad(spec, resolveImport(file, spec)))
      .map((spec) => `${file} imports ${spec}`)
  )
}

/** Import cycles in a graph of files (Tarjan's strongly connected components of more than one file). */
function cycles(edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file) ?? 0)
    stack.push(file)
    for (const next of edges.get(file) ?? []) {
      if (!edges.has(next)) continue
      if (!index.has(next)) visit(next)
      if (stack.includes(next)) low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    for (let top = stack.pop(); top !== undefined; top = top === file ? undefined : stack.pop()) component.push(top)
    if (component.length > 1) found.push(component.sort())
  }
  for (const file of edges.keys()) if (!index.has(file)) visit(file)
  return found
}

const outside = (folder: string) => (_spec: string, target: string | null) =>
  target !== null && !target.startsWith(`${folder}/`)

describe('folder rules', () => {
  it('finds the files it checks', () => {
    for (const folder of ['main', 'common', 'renderer']) expect(sourceFiles(folder).length).toBeGreaterThan(10)
  })

  it('keeps common/ free of Node, electron, main/ and renderer/', () => {
    expect(offenders('common', (spec, target) => NODE.has(spec) || outside('common')(spec, target))).toEqual([])
  })

  it('keeps Node, electron and main/ out of the renderer', () => {
    const intoMain = (_spec: string, target: string | null) => target?.startsWith('main/') === true
    expect(offenders('renderer', (spec, target) => NODE.has(spec) || intoMain(spec, target))).toEqual([])
  })

  it('lets only the shell under main/ import electron', () => {
    const files = sourceFiles('main').filter((file) => !SHELL.some((pattern) => pattern.test(file)))
    expect(offenders('main', (spec) => spec === 'electron' || spec.startsWith('electron/'), files)).toEqual([])
  })

  it('has no import cycles', () => {
    const files = ['main', 'common', 'renderer', 'preload']
      .flatMap((folder) => sourceFiles(folder))
      .filter((file) => !/\.test\.tsx?$/.test(file))
    expect(
      cycles(new Map(files.map((file) => [file, importsOf(file).flatMap((spec) => resolveImport(file, spec) ?? [])])))
    ).toEqual([])
  })

  it('notices what it forbids', () => {
    // The checks above pass on clean code; these make sure they would not pass on anything.
    expect(outside('common')('../../main/x', 'main/x.ts')).toBe(true)
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']]
    ])
    expect(cycles(graph)).toEqual([['a', 'b', 'c']])
    expect(resolveImport('renderer/src/App.tsx', './api/client')).toBe('renderer/src/api/client.ts')
  })
})
