// The header-correction API method. The input was checked already (corrections-contract.ts); the
// work is the correction service's (main/corrections), which applies and keeps the correction.
import type { CorrectionService } from '../corrections/correction-service'
import type { ApiHandlers } from './dispatch'

export function correctionsHandlers(
  corrections: Pick<CorrectionService, 'correct'>
): Pick<ApiHandlers, 'correctArticle'> {
  return {
    correctArticle: (input) => corrections.correct(input)
  }
}
