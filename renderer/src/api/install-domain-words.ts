// The renderer cuts words (selection snapping, find) with the domain word list main cuts with, so
// that a word search finds is one the reader selects and finds whole. Asked for once at start; if
// main cannot answer, ICU's cuts stand and the app still opens. A word the user keeps from the
// reader is installed as soon as main has it (the change event that follows finds it installed).
import { api } from './client'
import { reinstallDomainWords } from './installed-words'

export async function installMainDomainWords(): Promise<void> {
  try {
    const answer = await api.getDomainWords({})
    if (answer.ok) reinstallDomainWords(answer.value.words)
  } catch {
    // Left to ICU: the list only refines where words are cut.
  }
}

/** Keeps `word` whole from now on; what to tell the user. */
export async function keepAsOneWord(word: string): Promise<{ ok: boolean; message: string }> {
  const answer = await api.addDomainWord({ word })
  if (!answer.ok) return { ok: false, message: answer.error.message }
  const { changed, saved, problem } = answer.value
  await installMainDomainWords()
  if (!changed) return { ok: true, message: `“${word}” is kept as one word already.` }
  if (!saved) return { ok: false, message: problem ?? `“${word}” is kept as one word until Crossread closes.` }
  return { ok: true, message: `“${word}” is kept as one word: search and find now treat it whole.` }
}
