import { useTranslation } from 'react-i18next'
import { usePassagesOpener } from './passages-opener'
import './passages.css'

/** Under a theme in the About tab: opens the highlighted passages lying in its evidence, in every
 * article where it is confirmed. */
export function ThemePassagesLink({ themeId }: { themeId: string }) {
  const { t } = useTranslation('passages')
  const open = usePassagesOpener()
  if (!open) return null
  return (
    <button type="button" className="review-theme-link" onClick={() => open({ theme: themeId })}>
      {t('themeLink')} <span aria-hidden="true">→</span>
    </button>
  )
}
