// The theme ontology's API methods: the themes the views label, the whole ontology for the theme
// editor (which parts are the user's), and one edit. The input was checked already (contract.ts).
import { ApiError } from '../../common/errors/api-error'
import { themeLabels } from '../intelligence/intelligence-files'
import type { OntologyEditor } from '../ontology/ontology-editor'
import type { ApiHandlers } from './dispatch'

/** `editor`: null when the shipped ontology could not be read at launch. */
export function ontologyHandlers(
  editor: OntologyEditor | null
): Pick<ApiHandlers, 'listThemes' | 'getThemeOntology' | 'editThemeOntology'> {
  const opened = () => {
    if (editor) return editor
    throw new ApiError('failed', 'The theme ontology could not be read at launch, so themes are not detected.')
  }
  return {
    listThemes: () => ({ themes: themeLabels(editor?.ontology ?? null) }),
    getThemeOntology: () => opened().view(),
    editThemeOntology: ({ edit }) => opened().edit(edit)
  }
}
