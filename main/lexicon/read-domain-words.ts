// The shipped domain word list (resources/domain-words.txt), read once at launch and installed in
// every process that segments text (kernel-words.ts). A list that cannot be read leaves ICU's cuts
// and says so: search still works, it only misses this field's compounds.
import { readFileSync } from 'node:fs'
import { parseDomainWords } from '../../common/text/word-list'

export function readDomainWords(file: string, log?: (message: string) => void): string[] {
  try {
    return parseDomainWords(readFileSync(file, 'utf8'))
  } catch (err) {
    log?.(`[words] the domain word list could not be read (${String(err)}); words are cut by ICU alone`)
    return []
  }
}
