// The highlight colours as a select's options, each by its name (never by colour alone).
import { useTranslation } from 'react-i18next'
import { HIGHLIGHT_COLORS } from '../../../common/model/highlight-colors'

export function ColorOptions() {
  const { t } = useTranslation('annotations', { keyPrefix: 'colors' })
  return HIGHLIGHT_COLORS.map((color) => (
    <option key={color} value={color}>
      {t(color)}
    </option>
  ))
}
