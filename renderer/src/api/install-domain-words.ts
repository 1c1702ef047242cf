// The renderer cuts words (selection snapping, find) with the domain word list main cuts with, so
// that a word search finds is one the reader selects and finds whole. Asked for once at start; if
// main cannot answer, ICU's cuts stand and the app still opens.
import { installDomainWords } from '../../../common/text/kernel-words'
import { api } from './client'

export async function installMainDomainWords(): Promise<void> {
  try {
    const answer = await api.getDomainWords({})
    if (answer.ok) installDomainWords(answer.value.words)
  } catch {
    // Left to ICU: the list only refines where words are cut.
  }
}
