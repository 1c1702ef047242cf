// One parsed W3C annotation in Crossread's terms. By motivation and bodies: `linking` with two
// passages is a link; `classifying` with our verdict term a theme verdict; anything aimed at a
// passage a highlight (its Markdown body the note, its `tagging` bodies the tags); a note on a
// whole article a memo. Anything else (a reply, an empty page note) is unusable, not an error.
import { LINK_KINDS, type LinkKind } from '../../../common/model/link-types'
import { TERM, isOwnMemo, parseSource } from '../../export/w3c/w3c-terms'
import type { ImportItem, ImportedPassage } from './import-items'
import { describeIssue, invalid } from './w3c-errors'
import {
  positionSelectorSchema,
  quoteSelectorSchema,
  type W3cAnnotation,
  type W3cBody,
  type W3cTarget
} from './w3c-schema'

type TextBody = Exclude<W3cBody, string>

export function toImportItem(annotation: W3cAnnotation, fileId: string, name: string): ImportItem {
  const motivations = annotation.motivation ?? []
  const bodies = (annotation.body ?? []).filter((body): body is TextBody => typeof body !== 'string')
  const stamps = {
    fileId,
    created: isoTime(annotation.created ?? annotation.modified),
    modified: isoTime(annotation.modified ?? annotation.created)
  }
  const verdictBody = bodies.find((body) => body[TERM.verdict] !== undefined && body.value)
  const verdict = verdictBody?.[TERM.verdict]
  if (motivations.includes('classifying') && verdictBody?.value && verdict) {
    const [target] = annotation.target
    const source = typeof target === 'string' ? target : target?.source
    const creator = annotation.creator
    const by = typeof creator === 'string' ? creator : (creator?.name ?? '')
    return { kind: 'theme', ...stamps, source: parseSource(source ?? ''), themeId: verdictBody.value, verdict, by }
  }
  const note = bodies
    .filter((body) => body.value && !hasPurpose(body, 'tagging') && !hasPurpose(body, 'classifying'))
    .map((body) => body.value)
    .join('\n\n')
  const passages = annotation.target.map((target, i) => passageOf(target, `${name}, target ${i + 1},`))
  if (motivations.includes('linking') && passages.length === 2) {
    const [from, to] = passages
    if (!from || !to) return unusable(fileId, 'a link whose two ends are not both passages')
    const kindValue = bodies.find((body) => hasPurpose(body, 'classifying'))?.value
    const linkKind = LINK_KINDS.includes(kindValue as LinkKind) ? (kindValue as LinkKind) : 'other'
    return { kind: 'link', ...stamps, passages: [from, to], linkKind, note }
  }
  const passage = passages.find((found) => found !== null)
  const [whole] = annotation.target
  if (!passage && note !== '' && whole !== undefined) {
    // A note on a whole article: our memo, or another tool's page note, which becomes one.
    const source = parseSource(typeof whole === 'string' ? whole : whole.source)
    return { kind: 'memo', ...stamps, source, text: note, own: isOwnMemo(fileId) }
  }
  if (!passage) return unusable(fileId, 'it annotates a whole page or another annotation, not a passage')
  const tags = bodies.flatMap((body) => {
    const tagName = hasPurpose(body, 'tagging') ? body.value?.normalize('NFC').trim() : ''
    return tagName ? [{ name: tagName, path: tagPath(body, tagName) }] : []
  })
  return { kind: 'highlight', ...stamps, passage, color: annotation[TERM.color] ?? 'yellow', note, tags }
}

/** Null for a target that is only an IRI or has no selector; an error for selectors without a quote. */
function passageOf(target: W3cTarget, where: string): ImportedPassage | null {
  if (typeof target === 'string' || target.selector === undefined) return null
  const quoteSelector = target.selector.find((selector) => selector.type === 'TextQuoteSelector')
  if (!quoteSelector)
    throw invalid(`${where} has no TextQuoteSelector: Crossread needs the quoted text to find the passage.`)
  const quote = quoteSelectorSchema.safeParse(quoteSelector)
  if (!quote.success)
    throw invalid(`${where} has a TextQuoteSelector that cannot be read: it ${describeIssue(quote.error)}.`)
  const positionSelector = target.selector.find((selector) => selector.type === 'TextPositionSelector')
  const position = positionSelector ? positionSelectorSchema.safeParse(positionSelector) : null
  if (position && !position.success)
    throw invalid(`${where} has a TextPositionSelector that cannot be read: it ${describeIssue(position.error)}.`)
  const nfc = (text: string) => text.normalize('NFC')
  return {
    source: parseSource(target.source),
    quote: { exact: nfc(quote.data.exact), prefix: nfc(quote.data.prefix), suffix: nfc(quote.data.suffix) },
    position: position?.data ? { start: position.data.start, end: position.data.end } : null
  }
}

const hasPurpose = (body: TextBody, purpose: string): boolean => body.purpose?.includes(purpose) ?? false

/** Our path when it ends in the tag's name; otherwise the tag stands alone. */
function tagPath(body: TextBody, name: string): string[] {
  const path = (body[TERM.tagPath] ?? []).map((part) => part.normalize('NFC').trim()).filter(Boolean)
  return path.at(-1) === name ? path : [name]
}

const isoTime = (value: string | undefined): string | null =>
  value === undefined ? null : new Date(value).toISOString()

const unusable = (fileId: string, reason: string): ImportItem => ({ kind: 'unusable', fileId, reason })
