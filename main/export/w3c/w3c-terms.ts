// The identifiers and extra terms Crossread's W3C Web Annotation JSON-LD uses, in one place so the
// writer and the importer cannot drift. Ids are URNs built from our own ids (exporting twice gives
// the same ids, and an import merges by them). A target's `source` carries the article's stable id
// and its file name, so another library can find the article by either.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** Terms outside the Web Annotation vocabulary are defined, as JSON-LD requires, under this prefix. */
export const CROSSREAD_PREFIX = 'crossread'
export const CROSSREAD_VOCAB = 'urn:crossread:vocab:'
export const W3C_CONTEXT = [ANNO_CONTEXT, { [CROSSREAD_PREFIX]: CROSSREAD_VOCAB }] as const

/** Our extra terms: a highlight's colour, a tag's path in the codebook, a theme verdict. */
export const TERM = {
  color: 'crossread:color',
  tagPath: 'crossread:tagPath',
  verdict: 'crossread:verdict'
} as const

export const GENERATOR = { id: 'urn:crossread:app', type: 'Software', name: 'Crossread' } as const

const ANNOTATION_URN = 'urn:crossread:annotation:'
const LINK_URN = 'urn:crossread:link:'
const ARTICLE_URN = 'urn:crossread:article:'

export const annotationUrn = (id: string): string => `${ANNOTATION_URN}${id}`
export const linkUrn = (id: string): string => `${LINK_URN}${id}`
/** A memo is its article's one note: its URN is the article's. */
export const memoUrn = (articleId: string): string => `urn:crossread:memo:${articleId}`
export const themeUrn = (articleId: string, themeId: string): string =>
  `urn:crossread:theme:${articleId}:${encodeURIComponent(themeId)}`

/** Our own id inside a URN this writer made, or null for any other id (Hypothesis', another tool's). */
export function ownAnnotationId(iri: string): string | null {
  const match = /^urn:crossread:annotation:(n[0-9a-f]{16})$/.exec(iri)
  return match?.[1] ?? null
}

/** Whether an id is a memo this writer made (replaced when newer), not another tool's page note (added to the memo). */
export const isOwnMemo = (iri: string): boolean => iri.startsWith('urn:crossread:memo:')

export function ownLinkId(iri: string): string | null {
  const match = /^urn:crossread:link:(l[0-9a-f]{16})$/.exec(iri)
  return match?.[1] ?? null
}

/**
 * `urn:crossread:article:<article id>/<file path, percent-encoded as one segment>`; the file part is
 * left out when the article is not known here (a link's far end outside the export).
 */
export function articleSource(articleId: string, file: string | null): string {
  return file === null ? `${ARTICLE_URN}${articleId}` : `${ARTICLE_URN}${articleId}/${encodeURIComponent(file)}`
}

export interface SourceParts {
  /** Our article id, when the source is one of ours. */
  articleId: string | null
  /** The file path (ours) or the last path segment of any other IRI, decoded; null if there is none. */
  file: string | null
}

/** Reads any `source`: ours gives the id and the file, another IRI (a web page, a `file:` URL) its file name. */
export function parseSource(source: string): SourceParts {
  if (source.startsWith(ARTICLE_URN)) {
    const rest = source.slice(ARTICLE_URN.length)
    const slash = rest.indexOf('/')
    const articleId = slash < 0 ? rest : rest.slice(0, slash)
    return { articleId: articleId || null, file: slash < 0 ? null : decode(rest.slice(slash + 1)) || null }
  }
  const path = source.replace(/[?#].*$/, '')
  // A path's last segment; a URN has no path, so its last colon-separated part stands for one.
  const last = path.slice((path.includes('/') ? path.lastIndexOf('/') : path.lastIndexOf(':')) + 1)
  return { articleId: null, file: decode(last) || null }
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment // not percent-encoding after all: the name as written
  }
}
