// A strength as one of nine shades (CSS classes in themes-view.css), so that cells are styled by
// the stylesheet rather than each by an inline colour; the SVG and PNG exports use the same steps.
export const SHADES = 9

export const shadeOf = (strength: number): number =>
  strength <= 0 ? 0 : Math.min(SHADES - 1, Math.max(1, Math.ceil(strength * (SHADES - 1))))

/** The shade's fill for the exports: the accent (#2f5d62) over paper at the shade's opacity. */
export const shadeFill = (shade: number): string =>
  shade === 0 ? '#ffffff' : `rgba(47, 93, 98, ${(shade / (SHADES - 1)) * 0.85})`

export const percent = (strength: number): string => `${Math.round(strength * 100)}%`
