// The Markdown notes of the annotated sample app: front matter a YAML parser reads, every quote
// in text order with its colour, tags, note and links, the groupings by tag and by theme, orphans
// marked, and library text that would be read as Markdown escaped.
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAnnotatedApp, type AnnotatedApp } from '../../../tests/support/export-fixture'
import type { ExportModel } from '../export-model'
import { writeMarkdown } from './markdown'

let app: AnnotatedApp
let model: ExportModel

beforeAll(async () => {
  app = await startAnnotatedApp('markdown-notes')
  model = await app.model()
}, 60_000)
afterAll(() => app?.close())

const frontMatterOf = (markdown: string) => parse(markdown.split('---\n')[1] ?? '') as Record<string, unknown>

/** The text under a `## ` heading, up to the next one. */
function groupUnder(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`)
  expect(start, `a group headed ${heading}`).toBeGreaterThan(-1)
  const next = markdown.indexOf('\n## ', start + 1)
  return markdown.slice(start, next === -1 ? undefined : next)
}

describe('Markdown notes', () => {
  it('open with front matter a YAML parser reads', () => {
    const matter = frontMatterOf(writeMarkdown(model))
    expect(matter).toMatchObject({
      title: 'Everything annotated',
      generated: '2026-12-03T10:00:00.000Z',
      user: model.user,
      scope: { kind: 'all' },
      counts: { articles: 2, highlights: 3, links: 1, memos: 1 }
    })
  })

  it('give one article’s title, outlet, date and source in its front matter', async () => {
    const one = await app.model({ kind: 'articles', articleIds: [app.first.summary.id] })
    expect(frontMatterOf(writeMarkdown(one)).article).toEqual({
      title: app.first.summary.title,
      outlet: 'Việt Nam',
      date: '2025-02-28',
      source: app.first.summary.sourceUrl,
      file: app.first.summary.file
    })
  })

  it('quote every highlight in text order with its colour, tags, note and link', () => {
    const markdown = writeMarkdown(model)
    const [first, second] = model.articles
    const quotes = [...(first?.highlights ?? []), ...(second?.highlights ?? [])].map((h) => `> ${h.quote}\n`)
    expect(quotes).toHaveLength(3)
    const at = quotes.map((quote) => markdown.indexOf(quote))
    expect(at.every((index) => index > 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(markdown).toContain(
      '- Colour: Yellow · Tags: ปฏิรูป / กระจายอำนาจ\n- Note: ดู **มติ 18** — "สำคัญ"\n  บรรทัดที่สอง\n'
    )
    expect(markdown).toContain(`- → Supports: “${second?.highlights[0]?.quote}” in *${second?.title}*`)
    expect(markdown).toContain('> # บันทึก\n> บทความหลักเรื่อง 18-NQ/TW') // the memo, still Markdown
    expect(markdown).toContain('- Note: \\<script>alert(1)\\</script> & ok') // raw HTML shown as text
  })

  it('group by tag under the tag’s path, each highlight under its own tag', async () => {
    const markdown = writeMarkdown(await app.model({ kind: 'all' }, 'tag'))
    const [childQuote, parentQuote] = model.articles[0]?.highlights.map((h) => `> ${h.quote}\n`) ?? []
    const child = groupUnder(markdown, 'ปฏิรูป / กระจายอำนาจ')
    expect(child).toContain(childQuote)
    expect(child).not.toContain(parentQuote)
    expect(child).toContain(`### ${app.first.summary.title}\n\nViệt Nam · 2025-02-28`)
    expect(groupUnder(markdown, 'ปฏิรูป')).toContain(parentQuote)
    expect(groupUnder(markdown, 'No tag')).toContain(`> ${model.articles[1]?.highlights[0]?.quote}`)
  })

  it('group by theme with each article’s verdict', async () => {
    const markdown = writeMarkdown(await app.model({ kind: 'all' }, 'theme'))
    expect(groupUnder(markdown, 'การปรับปรุงกลไกให้กระชับ (Streamlining the apparatus)')).toContain(
      `### ✓ ${app.first.summary.title}`
    )
    const rejected = groupUnder(
      markdown,
      'การลงทุนสาธารณะและการพัฒนาเศรษฐกิจและสังคม (Public investment and socio-economic development)'
    )
    expect(rejected).toContain(`### ✗ ${app.second.summary.title}`)
    expect(rejected).toContain('Theme: ✗ rejected by')
  })

  it('escape a quote that Markdown would read as a heading, emphasis, a link or HTML', () => {
    const tricky = '# หัวข้อ *ตัวหนา* _x_ [ลิงก์](http://x) <b>แท็ก</b>\n\n> อ้าง\n- รายการ\n1. หนึ่ง'
    const edited = structuredClone(model)
    const highlight = edited.articles[0]!.highlights[0]!
    Object.assign(highlight, { quote: tricky, anchor: 'orphan', start: null, end: null })
    const markdown = writeMarkdown(edited)
    expect(markdown).toContain(
      '> \\# หัวข้อ \\*ตัวหนา\\* \\_x\\_ \\[ลิงก์\\](http://x) \\<b\\>แท็ก\\</b\\>\n>\n> \\> อ้าง\n> \\- รายการ\n> 1\\. หนึ่ง\n'
    )
    expect(markdown).not.toContain('> # หัวข้อ')
    expect(markdown).toContain('Tags: ปฏิรูป / กระจายอำนาจ · (passage not found in the current text)')
  })
})
