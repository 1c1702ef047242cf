// Counts the codebook's forms say in words ("3 annotations"), in the interface's language.
import type { TFunction } from 'i18next'

export const annotationCount = (t: TFunction<'codebook'>, count: number): string =>
  t('annotationCount', { count, n: count.toLocaleString() })
