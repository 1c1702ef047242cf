// The dialog's "Reading" section: font, size, line spacing, line length and colours, applied to
// the reader (and the sample beside them) as they change.
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  FONT_SIZE_RANGE,
  LINE_HEIGHT_RANGE,
  READING_FONTS,
  READING_WIDTH_RANGE,
  type ColorTheme,
  type ReadingFont
} from '../../../common/model/reading-settings'
import { ChoiceGroup } from './ChoiceGroup'
import { fontInstalled } from './font-availability'
import { RangeField } from './RangeField'
import { ReadingSample } from './ReadingSample'
import type { ReadingSettingsControl } from './use-reading-settings'
import { useSystemDark } from './use-system-dark'

export function ReadingSection({ control }: { control: ReadingSettingsControl }) {
  const { settings, change } = control
  const { t } = useTranslation('settings')
  const fontLabel = (font: ReadingFont) =>
    font === 'Sarabun' ? t('fontBuiltIn') : font === 'system' ? t('fontSystem') : font
  const fontId = useId()
  const systemDark = useSystemDark()
  const installed = useMemo(() => new Map(READING_FONTS.map((font) => [font, fontInstalled(font)])), [])
  const themes: Array<{ value: ColorTheme; label: string; hint?: string }> = [
    { value: 'system', label: t('asSystem'), hint: systemDark ? t('nowDark') : t('nowLight') },
    { value: 'light', label: t('light') },
    { value: 'sepia', label: t('sepia') },
    { value: 'dark', label: t('dark') }
  ]
  const full = settings.width === 'full'

  return (
    <section className="settings-section settings-reading" aria-labelledby={`${fontId}-title`}>
      <h3 id={`${fontId}-title`}>{t('reading')}</h3>
      <div className="settings-reading-grid">
        <div className="settings-fields">
          <div className="settings-field">
            <label htmlFor={fontId}>{t('font')}</label>
            <select
              id={fontId}
              data-autofocus
              value={settings.font}
              onChange={(event) => change({ font: event.target.value as ReadingFont })}
            >
              {READING_FONTS.map((font) => (
                <option key={font} value={font} disabled={!installed.get(font) && font !== settings.font}>
                  {fontLabel(font)}
                  {installed.get(font) ? '' : t('notInstalled')}
                </option>
              ))}
            </select>
          </div>
          <RangeField
            label={t('size')}
            value={settings.fontSize}
            range={FONT_SIZE_RANGE}
            format={(value) => t('sizeValue', { value })}
            onChange={(fontSize) => change({ fontSize })}
          />
          <RangeField
            label={t('lineSpacing')}
            value={settings.lineHeight}
            range={LINE_HEIGHT_RANGE}
            format={(value) => value.toFixed(1)}
            onChange={(lineHeight) => change({ lineHeight: Math.round(lineHeight * 10) / 10 })}
          />
          <RangeField
            label={t('lineLength')}
            value={full ? READING_WIDTH_RANGE.max : (settings.width as number)}
            range={READING_WIDTH_RANGE}
            format={(value) => (full ? t('paneWidth') : t('lineLengthValue', { value }))}
            onChange={(width) => change({ width })}
            disabled={full}
          />
          <label className="settings-check">
            <input
              type="checkbox"
              checked={full}
              onChange={(event) => change({ width: event.target.checked ? 'full' : 38 })}
            />
            {t('asWideAsPane')}
          </label>
          <ChoiceGroup
            legend={t('colours')}
            value={settings.theme}
            choices={themes}
            onChange={(theme) => change({ theme })}
          />
        </div>
        <ReadingSample />
      </div>
    </section>
  )
}
