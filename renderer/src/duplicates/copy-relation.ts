// The words the About tab puts on another copy of the open article, from the share of text each
// holds of the other: "contains 85% of this article", and whether it is the same text, a shorter
// (cut-down) or a longer version.
import type { TFunction } from 'i18next'
import type { ArticleCopy } from '../../../common/model/near-duplicates'

/** A share as a whole percentage, never rounded up to 100 unless it is whole. */
export const percent = (share: number): string => `${share >= 1 ? 100 : Math.min(99, Math.round(share * 100))}%`

/** Nine in ten of a text's sampled runs found in the other: the rest is sampling and small edits. */
const WHOLE = 0.9

/** Which copy is the shorter: the one more of whose text the other holds (a republication cut down
 * under a new lead is still the shorter, though its lead is its own). */
export function copyRelation(
  { shareOfThis, shareOfCopy }: Pick<ArticleCopy, 'shareOfThis' | 'shareOfCopy'>,
  t: TFunction<'duplicates'>
): string {
  if (shareOfThis >= WHOLE && shareOfCopy >= WHOLE) return t('sameText')
  return shareOfCopy >= shareOfThis ? t('shorter') : t('longer')
}

/** What the copy holds of the open article, and what the open article holds of it. */
export function shareSentence(
  { shareOfThis, shareOfCopy }: Pick<ArticleCopy, 'shareOfThis' | 'shareOfCopy'>,
  t: TFunction<'duplicates'>
): string {
  return t('share', { ofThis: percent(shareOfThis), ofCopy: percent(shareOfCopy) })
}
