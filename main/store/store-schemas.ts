// The store's files on disk (schema versions, the manifest, a shard), checked as they are read.
// Only main reads or writes them; the annotation and tag shapes they hold are the shared model.
import { z } from 'zod'
import { annotationSchema, tagSchema } from '../../common/model/annotation-types'
import { themeDecisionSchema } from '../../common/model/theme-decision'
import { nearDuplicateDismissalSchema } from '../../common/model/near-duplicates'
import { linkSchema } from '../../common/model/link-types'
import { citationDecisionSchema } from '../../common/model/documents'
import { memoSchema } from '../../common/model/memo'
import { articleCorrectionSchema } from '../../common/model/article-correction'

/** Version 3: a folder of shards (annotations by article) and a manifest (codebook, counts). */
export const STORE_VERSION = 3
/** Versions 1 and 2 were one file; they are migrated up to 2, then split into shards. */
export const LEGACY_VERSION = 2

/** The whole store as one value: the version 2 file, and what a migration produces. */
export const storeSchema = z.object({
  version: z.literal(LEGACY_VERSION),
  annotations: z.array(annotationSchema),
  tags: z.array(tagSchema)
})
export type StoreData = z.infer<typeof storeSchema>

export const emptyStore = (): StoreData => ({ version: LEGACY_VERSION, annotations: [], tags: [] })

export const manifestSchema = z.object({
  version: z.literal(STORE_VERSION),
  tags: z.array(tagSchema),
  /** Annotations per article and per tag: a cache, corrected whenever a shard is read. */
  counts: z.record(z.string(), z.record(z.string(), z.number())),
  tagUsage: z.record(z.string(), z.record(z.string(), z.number())),
  /**
   * Per shard, each article's colours and tags (the library's filters) as `yellow,blue|t1,t2`: one
   * string an article, which parses and validates several times faster than an object with two
   * lists (the manifest is read at launch and written with every save). Absent in older manifests.
   */
  facets: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  /** The user's verdicts on reform themes, by article and theme. Absent in older manifests. */
  themeDecisions: z.array(themeDecisionSchema).optional(),
  /** Pairs of articles the user said are not the same story. Absent in older manifests. */
  nearDuplicateDismissals: z.array(nearDuplicateDismissalSchema).optional(),
  /** Typed links between passages (two targets each). Absent in older manifests: none. */
  links: z.array(linkSchema).optional(),
  /** The user's verdicts on citations resolved with doubt (documents view). Absent in older manifests. */
  citationDecisions: z.array(citationDecisionSchema).optional(),
  /** Memos on whole articles, one per article (main/memos/README.md). Absent in older manifests: none. */
  memos: z.array(memoSchema).optional(),
  /** The user's corrections of articles' header fields, one per article (main/corrections). Absent in older manifests: none. */
  corrections: z.array(articleCorrectionSchema).optional(),
  /** Journal segments numbered below this are held by the shards: replay skips them even if left behind. */
  journalCut: z.number().int().min(0).optional()
})
export type Manifest = z.infer<typeof manifestSchema>

export const shardSchema = z.object({ version: z.literal(STORE_VERSION), annotations: z.array(annotationSchema) })
export type Shard = z.infer<typeof shardSchema>
