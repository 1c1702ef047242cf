import { SafeText } from '../../bidi/SafeText'
import type { OntologyEditing } from './use-ontology'

/** Beside the form it came from: why the last edit was refused or not saved, or what it did. */
export function EditStatus({ editing }: { editing: OntologyEditing }) {
  return (
    <>
      {editing.error && (
        <p className="editor-error" role="alert">
          <SafeText text={editing.error} />
        </p>
      )}
      <p className="editor-status" role="status">
        {!editing.error && editing.message && <SafeText text={editing.message} />}
      </p>
    </>
  )
}
