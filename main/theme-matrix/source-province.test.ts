import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readProvinceTable } from './province-table'
import { sourceProvinceMatcher } from './source-province'

const table = readProvinceTable(resolve(import.meta.dirname, '../../resources/vietnam-provinces.json'))
const match = sourceProvinceMatcher(table.provinces)
const named = (url: string | null) => table.provinces[match(url)]?.id ?? null

describe('the province a source address names', () => {
  it.each([
    ['https://baolangson.vn/thuc-hien-sap-xep-bo-may-5036441.html', 'lang-son'],
    ['https://www.baoquangninh.vn/x', 'quang-ninh'],
    ['http://baohaiduong.vn/a', 'hai-duong'],
    ['https://quangninh.gov.vn/portal', 'quang-ninh'],
    ['https://baodanang.vn/', 'da-nang']
  ])('%s → %s', (url, id) => expect(named(url)).toBe(id))

  it.each([['https://nhandan.vn/x'], ['https://hanoimoi.vn/'], ['https://baochinhphu.vn/'], ['not a url'], [null]])(
    'names none: %s',
    (url) => expect(named(url)).toBeNull()
  )
})
