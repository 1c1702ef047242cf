// The printable report of the annotated sample app: one self-contained page (no script, nothing
// fetched, a strict CSP), Thai, every text escaped: a `<script>` in a note or a title arrives as
// text, never as markup. (The screenshot that shows the Thai rendering is taken by hand.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAnnotatedApp, type AnnotatedApp } from '../../../tests/support/export-fixture'
import type { ExportModel } from '../export-model'
import { escapeHtml } from './html-escape'
import { writeHtmlReport } from './html-report'

let app: AnnotatedApp
let model: ExportModel

beforeAll(async () => {
  app = await startAnnotatedApp('html-report')
  model = await app.model()
}, 60_000)
afterAll(() => app?.close())

describe('printable report', () => {
  it('is one Thai page with a strict CSP, inline styles and nothing fetched', () => {
    const html = writeHtmlReport(model)
    expect(html.startsWith('<!doctype html>\n<html lang="th">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`
    )
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i)
    expect(html).not.toMatch(/\b(src|srcset)=/)
    // Only the article's source pages are linked (to open, not to load), and the contents' anchors.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '')
    expect(hrefs.every((href) => href.startsWith('#') || /^https?:\/\//.test(href))).toBe(true)
    expect(html).toMatch(/font-family: 'Sarabun', 'TH Sarabun New', 'Noto Sans Thai'/)
  })

  it('shows every quote with its colour’s name, the note as text, the memo and the verdicts', () => {
    const html = writeHtmlReport(model)
    for (const article of model.articles)
      for (const highlight of article.highlights) expect(html).toContain(`>${escapeHtml(highlight.quote)}</blockquote>`)
    expect(html).toContain('ผู้แทนลงคะแนนเสียงเพื่อผ่านมติคณะกรรมการ')
    expect(html).toMatch(/swatch-yellow"><\/span>Yellow/)
    expect(html).toContain('<div class="note">ดู **มติ 18** — &quot;สำคัญ&quot;\nบรรทัดที่สอง</div>')
    expect(html).toContain('<div class="memo"># บันทึก\nบทความหลักเรื่อง 18-NQ/TW</div>')
    expect(html).toContain('การปรับปรุงกลไกให้กระชับ (Streamlining the apparatus): confirmed')
    expect(html).toMatch(/✗<\/span> การลงทุนสาธารณะ[^<]*: rejected/)
    expect(html).toContain('→ Supports: “การประชุมว่าด้วยการปฏิบัต”')
  })

  it('lets no markup through from a note, a title, a tag or a scope', () => {
    const edited = structuredClone(model)
    edited.scopeLabel = 'Tag “<img src=x onerror=alert(1)>”'
    edited.articles[0]!.title = '<script>alert("title")</script> ข่าว'
    edited.tags[0]!.name = '<b>แท็ก</b>'
    const html = writeHtmlReport(edited)
    expect(html).not.toMatch(/<script|<img|<b>/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ok')
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; ข่าว')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('groups by tag and by theme as the notes do, with a contents entry per group', async () => {
    const byTag = writeHtmlReport(await app.model({ kind: 'all' }, 'tag'))
    expect(byTag).toContain('<a href="#tag-2">ปฏิรูป / กระจายอำนาจ</a>')
    expect(byTag).toContain('<div class="group" id="tag-2"><h2>ปฏิรูป / กระจายอำนาจ</h2>')
    const byTheme = writeHtmlReport(await app.model({ kind: 'all' }, 'theme'))
    expect(byTheme).toMatch(/<h2>การปรับปรุงกลไกให้กระชับ <span class="muted">\(Streamlining the apparatus\)<\/span><\/h2>/)
  })
})
