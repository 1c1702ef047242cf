// The edge of a pane beside the reader (the library on the left, the annotations on the right):
// open, a divider to resize it and a small button to collapse it; collapsed, a thin strip whose
// button brings it back. Both sit in the pane's own grid column, over its border, so neither the
// grid nor the panes change shape for them.
import { useTranslation } from 'react-i18next'
import { PaneDivider } from './PaneDivider'
import { SIDE_LIMITS, STEP } from './side-pane-sizes'
import type { SidePaneView } from './use-side-panes'
import { PANE_SHORTCUTS } from '../keys/shortcuts'
import { useKeysText } from '../shortcut-sheet/use-keys-text'
import './side-panes.css'

const WORDS = {
  library: { hide: 'hideLibrary', show: 'showLibrary', divider: 'libraryDividerLabel', away: '‹', back: '›' },
  sidebar: { hide: 'hideSidebar', show: 'showSidebar', divider: 'sidebarDividerLabel', away: '›', back: '‹' }
} as const

export function SidePaneEdge({ pane, shell }: { pane: SidePaneView; shell: () => HTMLElement | null }) {
  const { t } = useTranslation('panes')
  const { side } = pane
  const words = WORDS[side]
  // The user's keys for it, which may not be the defaults (shortcut-sheet/use-keys-text.ts).
  const keys = useKeysText(PANE_SHORTCUTS[side])
  if (pane.collapsed)
    return (
      <div className="side-strip" data-side={side} data-side-edge={side}>
        <button
          type="button"
          className="side-toggle"
          aria-expanded={false}
          aria-label={t(words.show)}
          title={`${t(words.show)} (${keys})`}
          onClick={pane.toggle}
        >
          <span aria-hidden="true">{words.back}</span>
        </button>
      </div>
    )
  const column = side === 'library' ? '--library-column' : '--sidebar-column'
  return (
    <div className="side-edge" data-side={side} data-side-edge={side}>
      <PaneDivider
        value={pane.width}
        min={pane.min}
        max={pane.max}
        step={STEP}
        reset={SIDE_LIMITS[side].width}
        measures={side === 'library' ? 'left' : 'right'}
        className="side-divider"
        label={t(words.divider)}
        title={t('sideDividerTitle')}
        valueText={t('widthValue', { width: pane.width })}
        onChange={pane.setWidth}
        preview={(width) => shell()?.style.setProperty(column, `${width}px`)}
        valueAt={(clientX) => {
          const box = shell()?.getBoundingClientRect()
          if (!box) return null
          return side === 'library' ? clientX - box.left : box.right - clientX
        }}
      />
      <button
        type="button"
        className="side-toggle"
        aria-expanded={true}
        aria-label={t(words.hide)}
        title={`${t(words.hide)} (${keys})`}
        onClick={pane.toggle}
      >
        <span aria-hidden="true">{words.away}</span>
      </button>
    </div>
  )
}
