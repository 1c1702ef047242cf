// The province a provincial paper or portal names in its web address: `baolangson.vn` (Báo Lạng
// Sơn), `baoquangninh.com.vn`, `quangninh.gov.vn`. Its first label is `bao` and a province's name
// without spaces or diacritics, or that name alone; anything else (`nhandan.vn`, `hanoimoi.vn`)
// names none. For an article whose title and lead name no province, as its outlet's name may.
import { fold } from '../../common/text/fold'
import type { ProvinceEntry } from './province-table'

const compact = (name: string) =>
  fold(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '')

export function sourceProvinceMatcher(provinces: readonly ProvinceEntry[]): (url: string | null) => number {
  const byName = new Map<string, number>()
  provinces.forEach((province, index) => {
    for (const name of [province.vi, ...province.latin]) if (compact(name).length >= 4) byName.set(compact(name), index)
  })
  return (url) => {
    let label: string
    try {
      label = new URL(url ?? '').hostname.replace(/^www\./, '').split('.')[0] ?? ''
    } catch {
      return -1
    }
    return byName.get(label) ?? (label.startsWith('bao') ? (byName.get(label.slice(3)) ?? -1) : -1)
  }
}
