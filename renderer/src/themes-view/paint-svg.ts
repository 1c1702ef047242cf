// Paints an SVG of the exports' few kinds of element (rect, line, path, circle, text, and g moved
// by translate) onto a canvas and gives it back as PNG. The usual way, loading the serialised SVG
// into an <img> from a blob: or data: URL, is refused by the app's policy (img-src 'self'), and
// widening the policy for an export is a poor trade: the charts are ours, so they are painted here.
// The app's instance, set up by i18n/i18n.ts (imported by main.tsx): plain i18next here keeps this
// module free of Vite's glob, so a test or a benchmark page can use it without the messages.
import i18next from 'i18next'

const FONT = 'Sarabun, Loma, sans-serif'
/** Chromium's limit on either side of a canvas. */
const MAX_SIDE = 32_767

const number = (element: Element, name: string, fallback = 0) => {
  const value = parseFloat(element.getAttribute(name) ?? '')
  return Number.isFinite(value) ? value : fallback
}
const paint = (value: string | null) => (value && value !== 'none' && value !== 'transparent' ? value : null)

function translation(element: Element): [number, number] {
  const found = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(element.getAttribute('transform') ?? '')
  return found ? [Number(found[1]), Number(found[2])] : [0, 0]
}

function drawShape(context: CanvasRenderingContext2D, element: Element, path: Path2D): void {
  const fill = paint(element.getAttribute('fill'))
  const stroke = paint(element.getAttribute('stroke'))
  if (fill) {
    context.fillStyle = fill
    context.fill(path)
  }
  if (stroke) {
    context.strokeStyle = stroke
    context.lineWidth = number(element, 'stroke-width', 1)
    context.lineCap = 'round'
    context.stroke(path)
  }
}

function drawElement(context: CanvasRenderingContext2D, element: Element): void {
  const path = new Path2D()
  switch (element.tagName.toLowerCase()) {
    case 'svg':
    case 'g': {
      const [x, y] = translation(element)
      context.save()
      context.translate(x, y)
      for (const child of element.children) drawElement(context, child)
      context.restore()
      return
    }
    case 'rect':
      path.rect(number(element, 'x'), number(element, 'y'), number(element, 'width'), number(element, 'height'))
      return drawShape(context, element, path)
    case 'line':
      path.moveTo(number(element, 'x1'), number(element, 'y1'))
      path.lineTo(number(element, 'x2'), number(element, 'y2'))
      return drawShape(context, element, path)
    case 'circle':
      path.arc(number(element, 'cx'), number(element, 'cy'), number(element, 'r'), 0, 2 * Math.PI)
      return drawShape(context, element, path)
    case 'path':
      return drawShape(context, element, new Path2D(element.getAttribute('d') ?? ''))
    case 'text': {
      const weight = element.getAttribute('font-weight') === 'bold' ? 'bold ' : ''
      context.font = `${weight}${number(element, 'font-size', 12)}px ${FONT}`
      context.fillStyle = paint(element.getAttribute('fill')) ?? '#000000'
      const anchor = element.getAttribute('text-anchor')
      context.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left'
      context.fillText(element.textContent ?? '', number(element, 'x'), number(element, 'y'))
      return
    }
  }
}

/** The picture at `scale` (2: sharp on a high-density screen), smaller if a side would pass the limit. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = number(svg, 'width', 800)
  const height = number(svg, 'height', 600)
  const factor = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height)
  const canvas = document.createElement('canvas')
  canvas.width = Math.floor(width * factor)
  canvas.height = Math.floor(height * factor)
  const context = canvas.getContext('2d')
  if (!context) throw new Error(i18next.t('themesView:noCanvas'))
  await document.fonts.ready
  context.scale(factor, factor)
  drawElement(context, svg)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(i18next.t('themesView:notEncoded')))), 'image/png')
  )
}
