// How much another article shares with the open one (or with the selected passage): each document
// both cite counts DOCUMENT, each theme both carry THEME, more when the user confirmed it on either
// side; a theme the user rejected on either side counts nothing, and a faint cue (below the theme's
// threshold) is not the theme. A document outweighs any two themes: citing the same resolution is
// a stronger tie than sharing a topic's vocabulary. Every weight is a multiple of 0.5 (the shard
// index packs twice the score into an integer key).
export const DOCUMENT_WEIGHT = 4
export const THEME_WEIGHT = 1
/** Added to a theme's weight for each side that confirmed it. */
export const CONFIRMED_BONUS = 0.5

/** What the other articles are compared with: the source's documents and themes, and the user's
 * theme decisions on the other articles for those themes. */
export interface RelatedCriteria {
  /** `name`: a known document's key when the citation resolved to one, else its code. */
  documents: Array<{ name: string; code: string; key: string | null }>
  themes: Array<{ theme: string; confirmed: boolean }>
  /** By theme: the articles the user confirmed it for, and those they rejected it for. */
  confirmed: Record<string, string[]>
  rejected: Record<string, string[]>
  /** The source itself and its copies ("also published as" lists those). */
  exclude: string[]
}

/** A theme's weight, by who confirmed it. */
export const themeWeight = (confirmedHere: boolean, confirmedThere: boolean): number =>
  THEME_WEIGHT + (confirmedHere ? CONFIRMED_BONUS : 0) + (confirmedThere ? CONFIRMED_BONUS : 0)
