// What the undo notice says: the step's label as the store names it ("highlight", "link passages").
import type { TFunction } from 'i18next'

export function undoNotice(kind: 'undo' | 'redo', label: string | null, t: TFunction<'status'>): string {
  if (label === null) return kind === 'undo' ? t('nothingToUndo') : t('nothingToRedo')
  return kind === 'undo' ? t('undone', { label }) : t('redone', { label })
}
