// Which of the Thai fonts the system has: a font the system lacks would silently fall back to
// Sarabun, so the dialog says "not installed" rather than offer a choice that changes nothing.
// Measured, as the browser has no list of installed fonts: a Thai line set in the font and in a
// fallback alone is as wide in both only when the font is missing (two fallbacks, in case one
// happens to match the font's widths).
import type { ReadingFont } from '../../../common/model/reading-settings'

const SAMPLE = 'การปฏิรูปการบริหารราชการแผ่นดิน ท้องถิ่น ๑๒๓ Đổi Mới'
const FALLBACKS = ['monospace', 'serif'] as const

export function fontInstalled(font: ReadingFont, context = measuringContext()): boolean {
  // Sarabun is bundled with the app; 'system' is whatever the system gives.
  if (font === 'Sarabun' || font === 'system' || !context) return true
  return FALLBACKS.some((fallback) => {
    context.font = `32px ${fallback}`
    const alone = context.measureText(SAMPLE).width
    context.font = `32px '${font}', ${fallback}`
    return context.measureText(SAMPLE).width !== alone
  })
}

function measuringContext(): CanvasRenderingContext2D | null {
  try {
    return document.createElement('canvas').getContext('2d')
  } catch {
    return null
  }
}
