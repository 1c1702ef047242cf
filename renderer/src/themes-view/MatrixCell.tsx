// One cell of the matrix: an article's theme (shaded by strength, ✓ or ✗ for the user's verdict,
// a dot when detection shows it as the article's theme) or a group's (shaded by mean strength,
// with how many of its articles carry the theme).
import { useTranslation } from 'react-i18next'
import { unpackCell } from '../../../common/model/theme-matrix'
import { percent, shadeOf } from './shade'

interface Props {
  id: string
  selected: boolean
  themeName: string
  onPick: () => void
  onOpen: () => void
}

const VERDICT_MARKS = { confirmed: '✓', rejected: '✗' } as const

export function ArticleCell({ id, selected, themeName, packed, onPick, onOpen }: Props & { packed: number }) {
  const { t } = useTranslation('themesView')
  const { strength, detected, verdict } = unpackCell(packed)
  const state = t(`state.${verdict ?? (detected ? 'detected' : strength > 0 ? 'faint' : 'none')}`)
  return (
    <div
      id={id}
      role="gridcell"
      aria-selected={selected}
      className="tm-cell"
      data-shade={shadeOf(strength)}
      data-verdict={verdict ?? undefined}
      data-detected={detected || undefined}
      title={`${themeName}: ${percent(strength)}, ${state}`}
      aria-label={`${themeName}: ${percent(strength)}, ${state}`}
      onClick={onPick}
      onDoubleClick={onOpen}
    >
      {verdict ? VERDICT_MARKS[verdict] : ''}
    </div>
  )
}

export function GroupCell({
  id,
  selected,
  themeName,
  carrying,
  mean,
  size,
  onPick,
  onOpen
}: Props & { carrying: number; mean: number; size: number }) {
  const { t } = useTranslation('themesView')
  const text = t('groupCellShort', { theme: themeName, carrying, count: size, mean: percent(mean) })
  return (
    <div
      id={id}
      role="gridcell"
      aria-selected={selected}
      className="tm-cell tm-group-cell"
      data-shade={shadeOf(mean)}
      title={text}
      aria-label={text}
      onClick={onPick}
      onDoubleClick={onOpen}
    >
      {carrying > 0 ? carrying : ''}
    </div>
  )
}
