// The shipped list of Vietnam's provinces in Thai script (resources/vietnam-provinces.json),
// checked once when read: a malformed file is refused with the reason, never half used.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { ProvinceLabel } from '../../common/model/theme-matrix'

const provinceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    vi: z.string().min(1),
    kind: z.enum(['city', 'province']),
    th: z.array(z.string().min(2)).min(1),
    latin: z.array(z.string().min(2)).default([]),
    needsPrefix: z.array(z.string()).default([]),
    mergedInto: z.string().optional()
  })
  .strict()

const tableSchema = z
  .object({ about: z.string(), version: z.string(), provinces: z.array(provinceSchema).min(1) })
  .strict()
  .refine(
    ({ provinces }) => {
      const ids = new Set(provinces.map((p) => p.id))
      return ids.size === provinces.length && provinces.every((p) => !p.mergedInto || ids.has(p.mergedInto))
    },
    { message: 'Province ids are unique and each `mergedInto` names a province of the list.' }
  )

export type ProvinceEntry = z.infer<typeof provinceSchema>

export interface ProvinceTable {
  version: string
  provinces: ProvinceEntry[]
}

export function parseProvinceTable(json: unknown): ProvinceTable {
  const { version, provinces } = tableSchema.parse(json)
  return { version, provinces }
}

export function readProvinceTable(file: string): ProvinceTable {
  return parseProvinceTable(JSON.parse(readFileSync(file, 'utf8')))
}

/** What the view shows of each province: its Thai label is the first spelling listed. */
export const provinceLabels = (table: ProvinceTable): ProvinceLabel[] =>
  table.provinces.map((p) => ({ id: p.id, vi: p.vi, th: p.th[0] ?? p.vi, mergedInto: p.mergedInto ?? null }))
