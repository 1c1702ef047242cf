// A new theme's id, from its English label: lower-case ASCII words joined by dashes, as the
// shipped ids are (`apparatus-streamlining`), and unique among the ids given (`-2`, `-3` after a
// taken one). Decisions are stored by theme id, so an id never changes once made: editing the
// label later keeps it.

const MAX = 60

export function themeIdFrom(englishLabel: string, taken: ReadonlySet<string>): string {
  const base =
    englishLabel
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // diacritics: Tinh gọn → tinh gon
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX)
      .replace(/^-+|-+$/g, '') || 'theme'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
