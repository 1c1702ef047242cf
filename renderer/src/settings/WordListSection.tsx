// The settings' "Word list" section: the Thai words the user keeps whole (beside Crossread's own
// list of this field's terms), each removable, and one added by typing it. Search, find, selection
// and theme cues cut with the list; main re-indexes what a change affects by itself.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { installMainDomainWords, keepAsOneWord } from '../api/install-domain-words'
import { unwrap } from '../data/call'
import { useApiAction } from '../data/use-api-action'

const KEY = ['domain-words']

export function WordListSection({ id }: { id: string }) {
  const { t } = useTranslation('settings')
  const client = useQueryClient()
  const words = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.getDomainWords({})) })
  const action = useApiAction()
  const [word, setWord] = useState('')
  const [told, setTold] = useState<string | null>(null)
  const changed = async () => {
    await installMainDomainWords()
    await client.invalidateQueries({ queryKey: KEY })
  }
  const add = async () => {
    const result = await keepAsOneWord(word.trim())
    setTold(result.message)
    if (result.ok) setWord('')
    await changed()
  }
  const remove = async (gone: string) => {
    if (await action.run(() => api.removeDomainWord({ word: gone }))) await changed()
  }
  const own = words.data?.own ?? []
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h3 id={id}>{t('wordList')}</h3>
      <p className="muted">{t('wordListHint', { count: words.data?.words.length ?? 0 })}</p>
      {own.length === 0 ? (
        <p className="muted">{t('noOwnWords')}</p>
      ) : (
        <ul className="settings-words" aria-label={t('ownWords')}>
          {own.map((entry) => (
            <li key={entry} lang="th">
              {entry}{' '}
              <button
                type="button"
                className="small quiet"
                aria-label={t('removeWord', { word: entry })}
                onClick={() => void remove(entry)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="settings-row"
        onSubmit={(event) => {
          event.preventDefault()
          if (word.trim()) void add()
        }}
      >
        <label htmlFor={`${id}-word`}>{t('addWord')}</label>
        <input id={`${id}-word`} lang="th" value={word} onChange={(event) => setWord(event.target.value)} />
        <button type="submit" className="small" disabled={word.trim() === ''}>
          {t('add')}
        </button>
      </form>
      {told && <p role="status">{told}</p>}
      {action.error && (
        <p className="settings-problem" role="alert">
          {action.error}
        </p>
      )}
    </section>
  )
}
