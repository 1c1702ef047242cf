// What the undo notice says: the step's label as the store names it ("highlight", "link passages").

export function undoNotice(kind: 'undo' | 'redo', label: string | null): string {
  if (label === null) return kind === 'undo' ? 'Nothing to undo' : 'Nothing to redo'
  return `${kind === 'undo' ? 'Undone' : 'Redone'}: ${label}`
}
