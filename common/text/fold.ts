// Vietnamese written without its diacritics (`Nhan dan` for `Nhân dân`) must still be found.

/** Latin diacritics off (U+0300–U+036F only: Thai vowel and tone marks are letters, not accents). */
export function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC')
}
