// The domain word list's file format (resources/domain-words.txt, and the user's own list): one
// word per line, `#` starting a comment line.

export function parseDomainWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '' && !line.startsWith('#'))
}
