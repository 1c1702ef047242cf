// Thai grammatical words that a query word is often cut into: the nominalisers (`การ`, `ความ`),
// prepositions, conjunctions and particles. Searched for alone they are in nearly every sentence,
// so the piece `การ` of a typed `การปฏิรูป` must never make a hit, or a mark, by itself.

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'การ ความ ที่ และ ของ ใน ให้ ได้ เป็น มี จะ ไป มา ซึ่ง โดย กับ จาก ถึง แก่ แห่ง ตาม ไว้ ทั้ง หรือ',
    'แต่ ยัง คือ นี้ นั้น อย่าง ว่า ด้วย เพื่อ ต่อ เมื่อ ก็ ผู้ นัก ได้รับ ระหว่าง สำหรับ เกี่ยวกับ'
  ]
    .join(' ')
    .split(' ')
)
