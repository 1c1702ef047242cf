// "Not the same story": the user dismisses a near-duplicate pair the index found. Stored with the
// annotations, in a transaction like a theme verdict, so that Ctrl+Z brings the pair back; the
// pairing itself is not touched (main/duplicates leaves dismissed pairs out of what it shows).
import { ApiError } from '../../common/errors/api-error'
import { nearDuplicatePairId, type NearDuplicateDismissal } from '../../common/model/near-duplicates'
import type { Transaction } from './transaction'

export const DISMISS_LABEL = 'dismiss other copy'

/** Dismisses the pair (again: kept as first dismissed); returns the stored dismissal. */
export function dismissNearDuplicate(
  tx: Transaction,
  { articleId, otherId }: { articleId: string; otherId: string },
  made: { by: string; at: string }
): NearDuplicateDismissal {
  if (articleId === otherId || /\s/.test(articleId + otherId))
    throw new ApiError('invalid-input', 'Dismiss a pair of two different articles (ids without spaces).')
  const id = nearDuplicatePairId(articleId, otherId)
  const current = tx.store.nearDuplicateDismissals.get(id)
  if (current) return current
  const articleIds: [string, string] = articleId < otherId ? [articleId, otherId] : [otherId, articleId]
  const dismissal = { id, articleIds, ...made }
  tx.putNearDuplicateDismissal(dismissal)
  return dismissal
}
