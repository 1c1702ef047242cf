// The installers' configuration (electron-builder.yml), checked without electron-builder or Electron's
// binary, neither of which this machine can fetch: the facts a release engineer would check by hand
// before the first real packaging run. `npm run package:check` runs this file alone.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const read = (path: string) => readFileSync(join(root, path))

/** electron-builder's `files` patterns (minimatch): the last pattern that matches decides. */
function packed(path: string): boolean {
  let included = false
  for (const pattern of config.files as string[]) {
    const negated = pattern.startsWith('!')
    if (globToRegExp(negated ? pattern.slice(1) : pattern).test(path)) included = !negated
  }
  return included
}
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  const source = escaped.replace(/\*\*\/?|\*/g, (star) => (star === '*' ? '[^/]*' : '(?:.*/)?'))
  return new RegExp(`^${source.replace(/\(\?:\.\*\/\)\?$/, '.*')}$`)
}
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)).split('\\').join('/'))
}

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk's head). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('what the installers hold', () => {
  it('names the app once, as package.json does', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z][a-z0-9-]*){2,}$/) // reverse DNS, no spaces
    expect(config.productName).toBe('Crossread')
    expect(config.productName).toBe(pkg.productName)
  })

  it('packs the built app and the shipped data, in an asar, and no sources, tests or docs', () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', 'package.json']))
    const entry = (pkg.main as string).replace(/^\.\//, '')
    for (const path of [
      entry,
      'out/main/search-worker.js',
      'out/main/parse-worker.js',
      'out/preload/index.cjs',
      'out/renderer/index.html'
    ])
      expect(packed(path), path).toBe(true)
    for (const path of filesUnder('resources').filter((path) => path !== 'resources/README.md'))
      expect(packed(path), path).toBe(true)
    expect(packed('out/main/index.js.map')).toBe(false)
    const sources = ['main', 'renderer', 'preload', 'common', 'tests', 'scripts', 'docs', 'build'].flatMap(filesUnder)
    expect(sources.length).toBeGreaterThan(100)
    expect(sources.filter(packed)).toEqual([])
  })

  it('has an icon for each platform, at the sizes each needs', () => {
    const png = read('build/icon.png')
    expect(pngSize(png)).toEqual({ width: 1024, height: 1024 })
    expect(png[25]).toBe(6) // colour type RGBA: the rounded corners are transparent
    const icons: [string, string][] = [
      ['linux', 'build/icon.png'],
      ['win', 'build/icon.ico'],
      ['mac', 'build/icon.icns']
    ]
    for (const [platform, path] of icons) expect(config[platform].icon, platform).toBe(path)

    // ICO: type 1, one entry per image; each entry's size is its PNG's, 256 px (written 0) among them.
    const ico = read('build/icon.ico')
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const entry = 6 + 16 * index
      const image = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)
      )
      const size = ico[entry] || 256
      expect(pngSize(image)).toEqual({ width: size, height: size })
      return size
    })
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]))

    // ICNS: 'icns' and the whole length, then typed images whose lengths add up to it.
    const icns = read('build/icon.icns')
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const icnsSizes: Record<string, number> = {}
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      icnsSizes[icns.subarray(at, at + 4).toString('ascii')] = pngSize(icns.subarray(at + 8)).width
    }
    expect(icnsSizes).toMatchObject({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024 })
  })
})

describe('the targets', () => {
  it('Linux: an AppImage and a .deb, in the Office or Education menu, with the libraries Electron loads', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(['Office', 'Education']).toContain(config.linux.category)
    // A .deb needs a maintainer; package.json names no author to take it from.
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
    expect(config.deb.depends).toEqual(
      expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'xdg-utils', 'libgbm1', 'libasound2'])
    )
  })

  it('Windows: an NSIS installer that installs per machine, as its file associations require', () => {
    expect(config.win.target).toEqual(['nsis'])
    expect(config.nsis.perMachine).toBe(true)
    expect(config.nsis.oneClick).toBe(false)
  })

  it('macOS: a DMG, unsigned, with no hardened runtime and so no entitlements', () => {
    expect(config.mac.target).toEqual(['dmg'])
    expect(config.mac.hardenedRuntime).toBe(false)
    expect(config.mac.entitlements).toBeUndefined()
    expect(config.mac.category).toMatch(/^public\.app-category\./)
  })
})

describe('file associations', () => {
  const byExt = (ext: string) => (config.fileAssociations as { ext: string }[]).find((type) => type.ext === ext)

  it('opens REFI-QDA projects (.qdpx) and W3C annotations (.jsonld) with their MIME types', () => {
    expect(byExt('qdpx')).toMatchObject({ mimeType: 'application/x-refi-qda+zip', role: 'Viewer' })
    expect(byExt('jsonld')).toMatchObject({ mimeType: 'application/ld+json', role: 'Viewer', rank: 'Alternate' })
    expect(byExt('jsonld')).toHaveProperty('description', expect.stringContaining('http://www.w3.org/ns/anno.jsonld'))
  })

  it('offers only files the app’s Import reads and its W3C export writes', () => {
    const accepted = /IMPORT_ACCEPT = '([^']+)'/.exec(read('renderer/src/export/use-import-file.ts').toString())?.[1]
    for (const { ext } of config.fileAssociations) expect(accepted?.split(','), ext).toContain(`.${ext}`)
    expect(read('common/model/export.ts').toString()).toMatch(
      /w3c: \{[^}]*extension: 'jsonld', mimeType: 'application\/ld\+json'/
    )
  })
})

describe('the file itself', () => {
  // The keys this file uses, as electron-builder's schema (scheme.json) spells them: a misspelt key
  // would otherwise only show at the first real packaging run.
  const KNOWN: Record<string, string[]> = {
    '': [
      'appId',
      'productName',
      'copyright',
      'directories',
      'files',
      'asar',
      'npmRebuild',
      'fileAssociations',
      'linux',
      'deb',
      'appImage',
      'win',
      'nsis',
      'mac',
      'dmg'
    ],
    directories: ['buildResources', 'output', 'app'],
    linux: ['target', 'category', 'synopsis', 'maintainer', 'executableName', 'icon', 'mimeTypes', 'desktop', 'vendor'],
    deb: ['depends', 'recommends', 'packageCategory', 'priority', 'compression'],
    appImage: ['category', 'synopsis', 'license'],
    win: ['target', 'icon'],
    nsis: ['oneClick', 'perMachine', 'allowToChangeInstallationDirectory', 'createDesktopShortcut'],
    mac: ['target', 'category', 'icon', 'hardenedRuntime', 'gatekeeperAssess', 'entitlements'],
    dmg: ['title', 'background', 'icon']
  }

  it('uses only keys electron-builder knows', () => {
    for (const [section, keys] of Object.entries(KNOWN)) {
      const value = section ? config[section] : config
      expect(
        Object.keys(value).filter((key) => !keys.includes(key)),
        section || 'top level'
      ).toEqual([])
    }
    for (const type of config.fileAssociations)
      expect(
        Object.keys(type).filter(
          (key) => !['ext', 'name', 'description', 'mimeType', 'role', 'rank', 'icon', 'isPackage'].includes(key)
        )
      ).toEqual([])
  })

  it('is run by npm scripts that build first, and that check without downloading', () => {
    expect(pkg.scripts.package).toBe('electron-vite build && electron-builder')
    expect(pkg.scripts['package:check']).toContain('tests/unit/installer-config.test.ts')
    expect(config.directories.output).toBe('dist')
  })
})
