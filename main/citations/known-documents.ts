// The known-documents list (resources/known-documents.json, plus the user's own entries in the
// data folder) indexed the two ways a citation looks a document up: by its code, and, for a Thai
// reference that has no code, by kind and number. Each entry's title words are kept too: when two
// documents share a code, the words of the citing sentence often name the subject of one.
import { readFileSync } from 'node:fs'
import { fold } from '../../common/text/fold'
import { wordSpans } from '../../common/text/kernel-words'
import { type KnownDocument, knownDocumentsFileSchema } from '../../common/model/intelligence-data'

export interface IndexedDocument extends KnownDocument {
  /** The words of its Thai and Vietnamese titles that say what it is about. */
  titleWords: Set<string>
}

export interface KnownDocuments {
  byKey: Map<string, IndexedDocument>
  byId: Map<string, IndexedDocument[]>
  /** Keyed `number|kind` (`57|NQ`), the number without leading zeros. */
  byNumberAndKind: Map<string, IndexedDocument[]>
}

/** Title words that say nothing about the subject: `ว่าด้วย` (on), `การ`, `และ`, Vietnamese `về`. */
const EMPTY_WORDS = new Set(
  [
    'ว่าด้วย ว่า ด้วย การ และ ของ ให้ ใน ที่ ความ อย่าง มี เป็น ได้ จะ ไป มา นี้ นั้น ซึ่ง โดย กับ จาก ถึง แก่ แห่ง ตาม ไว้ ทั้ง หรือ แต่ ยัง คือ',
    'ระดับ ทุก ช่วง ใหม่ ยกระดับ สร้างสรรค์ ประสิทธิภาพ บาง ประการ ประเด็น ต่อ เพื่อ ดำเนิน งาน จัด ใช้',
    've va cua cac trong moi tiep tuc nang cao hieu qua mot so van de doi'
  ]
    .join(' ')
    .split(' ')
)

export function readKnownDocuments(file: string): KnownDocument[] {
  return knownDocumentsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).documents
}

/** Later entries (the user's corrections) replace shipped ones with the same key. */
export function indexKnownDocuments(documents: readonly KnownDocument[]): KnownDocuments {
  const byKey = new Map(documents.map((doc) => [doc.key, doc]))
  const index: KnownDocuments = { byKey: new Map(), byId: new Map(), byNumberAndKind: new Map() }
  for (const doc of byKey.values()) {
    const indexed = { ...doc, titleWords: titleWords(doc) }
    index.byKey.set(doc.key, indexed)
    push(index.byId, doc.id, indexed)
    push(index.byNumberAndKind, numberKindKey(documentNumber(doc.id), doc.kind), indexed)
  }
  return index
}

export function numberKindKey(number: string, kind: string): string {
  return `${number.replace(/^0+(?=\d)/, '')}|${kind}`
}

/** `18` of `18-NQ/TW`, `178` of `178/2024/NĐ-CP`, `30c` of `30c/NQ-CP`. */
export function documentNumber(id: string): string {
  return /^\d+[a-z]?/.exec(id)?.[0] ?? id
}

/** Content words of a text, as the kernel cuts it: Thai as is, Vietnamese folded and lower-cased. */
export function contentWords(text: string): Set<string> {
  return contentWordsOf(wordSpans(text).map((span) => span.text))
}

/** The same, from words already cut. */
export function contentWordsOf(cut: Iterable<string>): Set<string> {
  const words = new Set<string>()
  for (const word of cut) {
    const key = fold(word).toLowerCase()
    if (key.length >= 2 && !EMPTY_WORDS.has(key) && !/^\d+$/.test(key)) words.add(key)
  }
  return words
}

function titleWords(doc: KnownDocument): Set<string> {
  return contentWords(`${doc.title.th ?? ''} ${doc.title.vi ?? ''}`)
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
