// The report's only styles, inline (its CSP allows no other): a calm page for reading on screen
// and for printing. Thai needs a Thai face named first (a Latin face falls back glyph by glyph and
// sets tone marks badly) and a taller line than Latin (stacked vowels and tone marks); print CSS
// starts each group on a new page and keeps a highlight whole.

const THAI_FONTS = `'Sarabun', 'TH Sarabun New', 'Noto Sans Thai', 'Noto Serif Thai', 'Loma', 'Garuda', sans-serif`

/** Highlight colours as the reader's swatches show them, named beside the swatch wherever used. */
const SWATCHES: Record<string, string> = {
  yellow: '#f6d75a',
  green: '#7fc48f',
  blue: '#7ea9e0',
  pink: '#ec93b7',
  purple: '#ac8fd6',
  orange: '#f2ac67'
}

const swatchRules = Object.entries(SWATCHES)
  .map(
    ([name, hex]) => `.swatch-${name} { background: ${hex}; }\nblockquote.quote-${name} { border-left-color: ${hex}; }`
  )
  .join('\n')

export const REPORT_CSS = `
:root { color: #1f2328; background: #fff; }
body {
  font-family: ${THAI_FONTS};
  font-size: 11.5pt;
  line-height: 1.7;
  margin: 0 auto;
  max-width: 46rem;
  padding: 2rem 1.5rem;
}
h1, h2, h3 { line-height: 1.4; font-weight: 600; }
h1 { font-size: 1.7rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 0.5rem; padding-bottom: 0.3rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.1rem; margin: 1.8rem 0 0.3rem; }
a { color: #2f5d62; }
.muted { color: #57606a; font-size: 0.9em; }
.cover { margin-bottom: 2.5rem; }
.cover .kicker {
  color: #57606a;
  letter-spacing: 0.05em;
  text-transform: uppercase;
  font-size: 0.8rem;
  margin: 0;
}
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 1.5rem 0; }
.cover dt { color: #57606a; }
.cover dd { margin: 0; }
.cover ul { margin: 0; padding: 0; list-style: none; }
.toc ol { padding-left: 1.4rem; }
.toc li { margin: 0.15rem 0; }
.article-meta { color: #57606a; font-size: 0.9em; margin: 0 0 0.8rem; }
.memo, .note { white-space: pre-wrap; }
.memo { background: #f6f8fa; border-radius: 4px; padding: 0.6rem 0.9rem; margin: 0.6rem 0; }
.label { font-weight: 600; color: #57606a; font-size: 0.85em; }
.themes { list-style: none; padding: 0; margin: 0.4rem 0; }
.highlight { margin: 1rem 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
blockquote.quote {
  margin: 0 0 0.3rem;
  padding: 0.35rem 0.8rem;
  border-left: 5px solid #d0d7de;
  background: #fafbfc;
  font-size: 1.05em;
}
.facts { font-size: 0.9em; color: #3d444d; margin: 0.2rem 0; }
.swatch {
  display: inline-block;
  width: 0.8em;
  height: 0.8em;
  border-radius: 2px;
  vertical-align: -0.05em;
  border: 1px solid rgba(0,0,0,0.25);
  margin-right: 0.25em;
}
.tag {
  display: inline-block;
  border: 1px solid #d0d7de;
  border-radius: 999px;
  padding: 0 0.5em;
  margin: 0 0.2em 0.2em 0;
  font-size: 0.85em;
}
.orphan { color: #a23b3b; font-style: italic; }
.note { margin: 0.3rem 0 0; padding-left: 0.9rem; }
.note::before { content: 'Note: '; font-weight: 600; color: #57606a; font-size: 0.85em; }
.links { margin: 0.3rem 0 0; padding-left: 0.9rem; list-style: none; font-size: 0.9em; }
.verdict-confirmed { color: #1a7f37; }
.verdict-rejected { color: #a23b3b; }
${swatchRules}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .cover { break-after: page; page-break-after: always; }
  .group { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
`
