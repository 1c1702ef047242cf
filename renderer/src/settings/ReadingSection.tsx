// The dialog's "Reading" section: font, size, line spacing, line length and colours, applied to
// the reader (and the sample beside them) as they change.
import { useId, useMemo } from 'react'
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

const FONT_LABELS: Record<ReadingFont, string> = {
  Sarabun: 'Sarabun (built in)',
  'Noto Sans Thai': 'Noto Sans Thai',
  'Noto Serif Thai': 'Noto Serif Thai',
  Loma: 'Loma',
  Garuda: 'Garuda',
  Norasi: 'Norasi',
  system: 'The system’s font'
}

export function ReadingSection({ control }: { control: ReadingSettingsControl }) {
  const { settings, change } = control
  const fontId = useId()
  const systemDark = useSystemDark()
  const installed = useMemo(() => new Map(READING_FONTS.map((font) => [font, fontInstalled(font)])), [])
  const themes: Array<{ value: ColorTheme; label: string; hint?: string }> = [
    { value: 'system', label: 'As the system', hint: `(now ${systemDark ? 'dark' : 'light'})` },
    { value: 'light', label: 'Light' },
    { value: 'sepia', label: 'Sepia' },
    { value: 'dark', label: 'Dark' }
  ]
  const full = settings.width === 'full'

  return (
    <section className="settings-section settings-reading" aria-labelledby={`${fontId}-title`}>
      <h3 id={`${fontId}-title`}>Reading</h3>
      <div className="settings-reading-grid">
        <div className="settings-fields">
          <div className="settings-field">
            <label htmlFor={fontId}>Font</label>
            <select
              id={fontId}
              data-autofocus
              value={settings.font}
              onChange={(event) => change({ font: event.target.value as ReadingFont })}
            >
              {READING_FONTS.map((font) => (
                <option key={font} value={font} disabled={!installed.get(font) && font !== settings.font}>
                  {FONT_LABELS[font]}
                  {installed.get(font) ? '' : ' (not installed)'}
                </option>
              ))}
            </select>
          </div>
          <RangeField
            label="Size"
            value={settings.fontSize}
            range={FONT_SIZE_RANGE}
            format={(value) => `${value} px`}
            onChange={(fontSize) => change({ fontSize })}
          />
          <RangeField
            label="Line spacing"
            value={settings.lineHeight}
            range={LINE_HEIGHT_RANGE}
            format={(value) => value.toFixed(1)}
            onChange={(lineHeight) => change({ lineHeight: Math.round(lineHeight * 10) / 10 })}
          />
          <RangeField
            label="Line length"
            value={full ? READING_WIDTH_RANGE.max : (settings.width as number)}
            range={READING_WIDTH_RANGE}
            format={(value) => (full ? 'the pane’s width' : `${value} em`)}
            onChange={(width) => change({ width })}
            disabled={full}
          />
          <label className="settings-check">
            <input
              type="checkbox"
              checked={full}
              onChange={(event) => change({ width: event.target.checked ? 'full' : 38 })}
            />
            As wide as the reader pane
          </label>
          <ChoiceGroup
            legend="Colours"
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
