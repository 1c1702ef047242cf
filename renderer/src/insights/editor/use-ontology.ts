// The theme editor's data: the ontology with which parts are the user's (refetched on main's
// theme-ontology event), and one edit at a time, whose answer replaces the cached ontology at
// once. What the edit did, or why it could not be made or saved, is said beside the form.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { OntologyEditInput } from '../../../../common/model/ontology-edit'
import type { OntologyEditResult, OntologyView } from '../../../../common/model/ontology-view'
import { api } from '../../api/client'
import { unwrap } from '../../data/call'
import { useAppStatus } from '../../data/DataProvider'
import { keys } from '../../data/query-keys'

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
  const client = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  const run = useCallback(
    async (edit: OntologyEditInput, done: string) => {
      setBusy(true)
      setError(null)
      setMessage(null)
      try {
        const answer = await api.editThemeOntology({ edit })
        if (!answer.ok) {
          setError(answer.error.message)
          return null
        }
        client.setQueryData<OntologyView>(keys.ontology, answer.value.ontology)
        if (answer.value.problem) setError(answer.value.problem)
        setMessage(answer.value.changed ? `${done} Articles are being checked again.` : 'Nothing to change.')
        return answer.value
      } catch (thrown) {
        setError(
          `Crossread could not reach its main process: ${thrown instanceof Error ? thrown.message : String(thrown)}`
        )
        return null
      } finally {
        setBusy(false)
      }
    },
    [client]
  )
  return { busy, error, message, run, setError }
}
