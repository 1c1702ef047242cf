// A select of link kinds for a filter (the sidebar's Links tab, the passages view): every kind, or
// only those `available`.
import { useTranslation } from 'react-i18next'
import { LINK_KINDS, type LinkKind } from '../../../common/model/link-types'

interface Props {
  label: string
  value: LinkKind | undefined
  /** What "no filter" is called. */
  anyLabel: string
  available?: ReadonlySet<LinkKind>
  onChange: (kind: LinkKind | undefined) => void
}

export function LinkKindFilter({ label, value, anyLabel, available, onChange }: Props) {
  const { t } = useTranslation('links')
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      onChange={(event) => onChange((event.target.value as LinkKind) || undefined)}
    >
      <option value="">{anyLabel}</option>
      {LINK_KINDS.filter((kind) => !available || available.has(kind)).map((kind) => (
        <option key={kind} value={kind}>
          {t(`kinds.${kind}`)}
        </option>
      ))}
    </select>
  )
}
