// The format of an export and, for the formats that group highlights (Markdown notes and the
// report), how they are grouped. The formats offered are those this app writes.
import { useTranslation } from 'react-i18next'
import type { ExportFormat, ExportGrouping } from '../../../common/model/export'
import { groupsHighlights, type ExportChoice } from './scope-choice'

const GROUPINGS = [
  ['article', 'byArticle'],
  ['tag', 'byTag'],
  ['theme', 'byTheme']
] as const

interface Props {
  choice: ExportChoice
  formats: readonly ExportFormat[]
  onChange: (fields: Partial<ExportChoice>) => void
}

export function FormatFields({ choice, formats, onChange }: Props) {
  const { t } = useTranslation('export')
  return (
    <div className="export-what">
      <div className="export-field">
        <label htmlFor="export-format">{t('format')}</label>
        <select
          id="export-format"
          data-autofocus
          value={choice.format}
          onChange={(event) => onChange({ format: event.target.value as ExportFormat })}
        >
          {formats.map((format) => (
            <option key={format} value={format}>
              {t(`formats.${format}`)}
            </option>
          ))}
        </select>
      </div>
      {groupsHighlights(choice.format) && (
        <div className="export-field">
          <label htmlFor="export-grouping">{t('grouping')}</label>
          <select
            id="export-grouping"
            value={choice.grouping}
            onChange={(event) => onChange({ grouping: event.target.value as ExportGrouping })}
          >
            {GROUPINGS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  )
}
