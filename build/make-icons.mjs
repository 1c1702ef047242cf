// Renders the app icon (resources/icons/crossread.svg, the one the app shows) into the files the
// installers take: icon.png (1024 px; Linux, and electron-builder's source for anything missing),
// icon.ico (Windows, 16–256 px) and icon.icns (macOS, 128–1024 px). ICO and ICNS both hold PNG
// images, which Windows Vista+ and macOS 10.7+ read. Run after changing the SVG:
//   node build/make-icons.mjs
// It needs Debian's Chromium (as the end-to-end tests do); the files it writes are committed.
import { Buffer } from 'node:buffer'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = dirname(fileURLToPath(import.meta.url))
const svg = readFileSync(join(here, '../resources/icons/crossread.svg'))
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
// ICNS types holding PNG data, by pixel size (ic11–ic14 are the @2x variants of 16–256 pt).
const ICNS_TYPES = [
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024]
]

const browser = await chromium.launch({
  executablePath: process.env.CROSSREAD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
})
const page = await browser.newPage()
const rendered = new Map()
async function render(size) {
  if (rendered.has(size)) return rendered.get(size)
  await page.setViewportSize({ width: size, height: size })
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`
  await page.setContent(`<body style="margin:0"><img src="${source}" width="${size}" height="${size}"></body>`)
  await page.locator('img').evaluate((img) => img.decode())
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
  rendered.set(size, png)
  return png
}

writeFileSync(join(here, 'icon.png'), await render(1024))
writeFileSync(join(here, 'icon.ico'), ico(await Promise.all(ICO_SIZES.map(async (size) => [size, await render(size)]))))
writeFileSync(
  join(here, 'icon.icns'),
  icns(await Promise.all(ICNS_TYPES.map(async ([type, size]) => [type, await render(size)])))
)
await browser.close()

/** ICONDIR, one 16-byte entry per image (0 stands for 256 px), then the PNGs. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(1, 2) // type 1: icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(([size, png], index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size % 256, entry)
    header.writeUInt8(size % 256, entry + 1)
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(([, png]) => png)])
}

/** 'icns' and the file's length, then each image as its type, its length with this 8-byte head, its PNG. */
function icns(images) {
  const parts = images.map(([type, png]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4)
  return Buffer.concat([head, ...parts])
}
