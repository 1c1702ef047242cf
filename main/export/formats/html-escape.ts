// The one way text enters the printable report: every title, quote, note, tag and name from the
// library goes through `escapeHtml`, in element content and in attribute values alike, so
// nothing a user or an imported file wrote can become markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

/** A link to an http(s) page, or the escaped address as text when it is anything else. */
export function htmlLink(label: string, url: string | null): string {
  if (!url) return ''
  if (!/^https?:\/\//i.test(url)) return escapeHtml(url)
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`
}
