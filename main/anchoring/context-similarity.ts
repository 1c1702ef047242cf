// How well the text around a candidate agrees with the stored prefix and suffix. This is what
// tells two occurrences of the same Thai word apart, so it also has to credit a quote that sat at
// the very start or end of the text: a short stored context means "the text ended here".

import { CONTEXT_CODE_POINTS } from './describe-range'
import { substringDistance } from './substring-distance'

// A noncharacter stands for the text's edge on both sides, so "at the edge" can match or not.
const EDGE = '\uffff'

const codePointCount = (s: string): number => Array.from(s).length

/** 1 - edit errors / pattern length, for the best match of `pattern` anywhere in `window`. */
function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1
  return 1 - substringDistance(window, pattern) / pattern.length
}

/** Prepared once per reanchor call: the stored context, with edge markers where it was cut short. */
export interface StoredContext {
  prefix: string
  suffix: string
}

export function storedContext(prefix: string, suffix: string): StoredContext {
  return {
    prefix: codePointCount(prefix) < CONTEXT_CODE_POINTS ? EDGE + prefix : prefix,
    suffix: codePointCount(suffix) < CONTEXT_CODE_POINTS ? suffix + EDGE : suffix
  }
}

export function prefixSimilarity(text: string, start: number, context: StoredContext): number {
  const { prefix } = context
  // Same length as the pattern, so text missing from the window counts as errors.
  const window = start >= prefix.length ? text.slice(start - prefix.length, start) : EDGE + text.slice(0, start)
  return similarity(window, prefix)
}

export function suffixSimilarity(text: string, end: number, context: StoredContext): number {
  const { suffix } = context
  const window = text.length - end >= suffix.length ? text.slice(end, end + suffix.length) : text.slice(end) + EDGE
  return similarity(window, suffix)
}
