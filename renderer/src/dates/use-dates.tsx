// The date style in force (the interface's language, the user's year style), for every component
// that writes a date: one context, provided by the App from the settings.
import { createContext, use, useMemo } from 'react'
import { DEFAULT_DATE_STYLE, formatArticleDate, formatMoment, type DateStyle } from './date-format'

export const DateStyleContext = createContext<DateStyle>(DEFAULT_DATE_STYLE)

export interface Dates {
  /** An article's date (`YYYY-MM-DD`, or a year alone), else its year; null when it has neither. */
  article(header: { date: string | null; year?: number | null }): string | null
  /** When an annotation, memo or verdict was made or changed. */
  moment(iso: string): string
}

export function useDates(): Dates {
  const style = use(DateStyleContext)
  return useMemo(
    () => ({
      article: (header) => formatArticleDate(header.date, header.year ?? null, style),
      moment: (iso) => formatMoment(iso, style)
    }),
    [style]
  )
}
