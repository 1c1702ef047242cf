// The theme editor's data: the ontology with which parts are the user's (refetched on main's
// theme-ontology event), and one edit at a time, whose answer replaces the cached ontology at
// once. What the edit did, or why it could not be made or saved, is said beside the form.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OntologyEditInput } from '../../../../common/model/ontology-edit'
import type { OntologyEditResult, OntologyView } from '../../../../common/model/ontology-view'
import { api } from '../../api/client'
import { unwrap } from '../../data/call'
import { useAppStatus } from '../../data/DataProvider'
import { keys } from '../../data/query-keys'
import { useApiAction } from '../../data/use-api-action'

export interface OntologyEditing {
  busy: boolean
  /** Why the last edit was refused, or was made but not saved. */
  error: string | null
  /** What the last edit did, for the status line. */
  message: string | null
  /** The answer, or null when the edit was refused (the error says why). */
  run(edit: OntologyEditInput, done: string): Promise<OntologyEditResult | null>
  setError(message: string | null): void
}

export function useOntology() {
  const connected = useAppStatus() !== null
  return useQuery({
    queryKey: keys.ontology,
    queryFn: () => unwrap(api.getThemeOntology({})),
    enabled: connected
  })
}

export function useOntologyEdit(): OntologyEditing {
  const { t } = useTranslation('insights')
  const client = useQueryClient()
  const { busy, error, run: call, setError } = useApiAction()
  const [message, setMessage] = useState<string | null>(null)

  const run = useCallback(
    async (edit: OntologyEditInput, done: string) => {
      setMessage(null)
      const result = await call(() => api.editThemeOntology({ edit }))
      if (!result) return null
      client.setQueryData<OntologyView>(keys.ontology, result.ontology)
      if (result.problem) setError(result.problem)
      setMessage(result.changed ? t('editDone', { done }) : t('nothingToChange'))
      return result
    },
    [client, call, setError, t]
  )
  return { busy, error, message, run, setError }
}
