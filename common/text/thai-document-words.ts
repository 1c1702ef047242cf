// The Thai words these translations use for kinds of party and state documents (`มติ` for a
// resolution, NQ; `ข้อสรุป` for a conclusion, KL; …), and the connectives before a number
// (`มติที่ 18`, `มติหมายเลข 57`). Citation extraction reads references with them, and the query
// reader turns `มติที่ 57` typed in the search box into the document it names.

/** Each Thai document word and the code kinds it translates, the usual one first. */
export const KIND_WORDS: Record<string, string[]> = {
  มติ: ['NQ', 'QĐ'],
  ข้อสรุป: ['KL'],
  คำสั่ง: ['CT'],
  ระเบียบ: ['QĐ', 'QĐi', 'QyĐ'],
  ข้อบังคับ: ['QĐ', 'QĐi', 'QyĐ'],
  คำวินิจฉัย: ['QĐ'],
  แผน: ['KH', 'CTr', 'PA'],
  แผนงาน: ['CTr', 'KH'],
  แผนปฏิบัติการ: ['PA', 'KH', 'CTr'],
  คำแนะนำ: ['HD'],
  ประกาศ: ['TB'],
  รายงาน: ['BC'],
  หนังสือราชการ: ['CV'],
  โครงการ: ['ĐA'],
  ร่างโครงการ: ['ĐA'],
  พระราชกฤษฎีกา: ['NĐ'],
  กฤษฎีกา: ['NĐ'],
  หนังสือเวียน: ['TT'],
  กฎหมาย: ['Luật', 'QH']
}

/** Longest first, so that `แผนงาน` is not read as `แผน` followed by `งาน`. */
export const KIND_WORD = Object.keys(KIND_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')
/** `ที่` (number), `หมายเลข` / `เลขที่` (number), `ฉบับที่` (issue number): the word names an identifier. */
export const CONNECTIVE = 'ฉบับที่|หมายเลข|เลขที่|ที่'
