// Builds SVG elements for the exports with createElementNS: text goes in as textContent (never
// parsed as markup), attributes one by one; the serialiser escapes both when the file is written.
const NS = 'http://www.w3.org/2000/svg'

export type Attributes = Record<string, string | number>

export function svgElement(tag: string, attributes: Attributes, text?: string): SVGElement {
  const element = document.createElementNS(NS, tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value))
  if (text !== undefined) element.textContent = text
  return element
}

export function svgRoot(width: number, height: number): SVGSVGElement {
  const root = svgElement('svg', {
    xmlns: NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'Sarabun, Loma, sans-serif'
  }) as SVGSVGElement
  root.append(svgElement('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }))
  return root
}

/** A text shortened to `max` characters (by grapheme, so a Thai vowel is never cut from its consonant). */
export function shorten(text: string, max: number): string {
  const graphemes = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)].map((g) => g.segment)
  return graphemes.length <= max ? text : `${graphemes.slice(0, max - 1).join('')}…`
}

export const serialiseSvg = (root: SVGSVGElement): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`
