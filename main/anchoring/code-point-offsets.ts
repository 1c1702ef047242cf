// W3C position selectors count code points; JavaScript offsets count UTF-16 units. Thai is in the
// BMP, so for almost every article the two agree and the conversion is the identity after one scan.
// Each astral character (emoji) shifts every later offset by one, which the table below accounts for.

export interface CodePointOffsets {
  /** Offsets outside the text are clamped; an offset inside a surrogate pair maps to that code point. */
  toCodePoint(utf16: number): number
  /** Code point indexes outside the text are clamped to its ends. */
  toUtf16(codePoint: number): number
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** Number of entries of the ascending `sorted` that are below `value`. */
function countBelow(sorted: Int32Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] ?? 0) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

const clamp = (value: number, max: number): number => Math.min(Math.max(Math.trunc(value) || 0, 0), max)

export function codePointOffsets(text: string): CodePointOffsets {
  const pairs: number[] = []
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) pairs.push(i++)
  }
  const length = text.length
  if (pairs.length === 0) {
    return { toCodePoint: (utf16) => clamp(utf16, length), toUtf16: (codePoint) => clamp(codePoint, length) }
  }
  // Both tables are ascending: where each pair starts, in UTF-16 units and in code points.
  const pairUnits = Int32Array.from(pairs)
  const pairCodePoints = Int32Array.from(pairs, (unit, k) => unit - k)
  const codePointLength = length - pairs.length
  return {
    toCodePoint(utf16) {
      let unit = clamp(utf16, length)
      if (unit > 0 && unit < length && isLow(text.charCodeAt(unit)) && isHigh(text.charCodeAt(unit - 1))) unit -= 1
      return unit - countBelow(pairUnits, unit)
    },
    toUtf16(codePoint) {
      const index = clamp(codePoint, codePointLength)
      return index + countBelow(pairCodePoints, index)
    }
  }
}

/** The offset itself, or one less when it falls between the halves of a surrogate pair. */
export function codePointStart(text: string, utf16: number): number {
  return utf16 > 0 && isLow(text.charCodeAt(utf16)) && isHigh(text.charCodeAt(utf16 - 1)) ? utf16 - 1 : utf16
}

/** The offset itself, or one more when it falls between the halves of a surrogate pair. */
export function codePointEnd(text: string, utf16: number): number {
  return codePointStart(text, utf16) === utf16 ? utf16 : utf16 + 1
}
