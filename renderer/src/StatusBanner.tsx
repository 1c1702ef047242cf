import { useTranslation } from 'react-i18next'
import type { LibraryStatus } from '../../common/model/app-status'
import { SafeText } from './bidi/SafeText'

/** Stays while annotations cannot be saved or changed: the researcher must know their work's state. */
export function StatusBanner({ status }: { status: LibraryStatus | null }) {
  const { t } = useTranslation('status')
  const annotations = status?.annotations
  if (!annotations || (annotations.writable && !annotations.writeError)) return null
  return (
    <div className="status-banner" role="alert">
      {annotations.writeError ? <SafeText text={annotations.writeError} /> : t('readOnly')}
    </div>
  )
}
