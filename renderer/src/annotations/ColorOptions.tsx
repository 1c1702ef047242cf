// The highlight colours as a select's options, each by its name (never by colour alone).
import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../../../common/model/highlight-colors'

export function ColorOptions() {
  return HIGHLIGHT_COLORS.map((color) => (
    <option key={color} value={color}>
      {COLOR_LABELS[color]}
    </option>
  ))
}
