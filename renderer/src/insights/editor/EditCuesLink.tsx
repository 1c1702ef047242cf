import { useTranslation } from 'react-i18next'
import { useThemeEditorOpener } from './editor-opener'

/** Under a theme in the About tab: opens the theme editor on it, its new-cue field ready. */
export function EditCuesLink({ themeId }: { themeId: string }) {
  const { t } = useTranslation('insights')
  const open = useThemeEditorOpener()
  if (!open) return null
  return (
    <button type="button" className="review-theme-link" onClick={() => open(themeId)}>
      {t('editCues')} <span aria-hidden="true">→</span>
    </button>
  )
}
