import { createElement, type ReactNode } from 'react'
import { splitAtControls } from './bidi-controls'

/**
 * Text from a file or the user, as React nodes: each direction control in a `bdi.bidi-control`
 * element (bidi.css) that shows its abbreviation and contains its effect; the character itself
 * stays in the page, so copying gives back the exact text. `key` prefixes the children's keys.
 */
export function safePieces(text: string, key: string | number = ''): ReactNode[] {
  return splitAtControls(text).map((piece, index) =>
    piece.control
      ? // An isolate of its own with dir: HTML's dir=auto skips it (an RLM must not turn its field around).
        createElement(
          'bdi',
          {
            key: `${key}:${index}`,
            className: 'bidi-control',
            dir: 'ltr',
            'data-control': piece.control.abbr,
            title: piece.control.tooltip
          },
          piece.text
        )
      : piece.text
  )
}

/**
 * One field of text from a file or the user, isolated (`<bdi>`: its direction cannot move the UI
 * text around it) with its direction controls shown, not applied. Use it wherever such text is shown.
 */
export function SafeText({ text, className }: { text: string; className?: string }) {
  return <bdi className={className}>{safePieces(text)}</bdi>
}
