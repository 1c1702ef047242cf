// The sentences a refused W3C file is answered with: an ApiError the user reads, naming what is wrong.
import type { z } from 'zod'
import { ApiError } from '../../../common/errors/api-error'

export const invalid = (message: string) => new ApiError('invalid-input', message)

/** The first problem and where it is: `target.0.selector: Invalid input: expected array, received string`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'has a shape Crossread does not read'
  const path = issue.path.map(String).join('.')
  // Our own messages read on from the path ("is empty"); zod's are sentences of their own.
  const ownWords = /^[a-z]/.test(issue.message)
  if (path === '') return ownWords ? issue.message : `is wrong: ${issue.message}`
  return ownWords ? `has “${path}” that ${issue.message}` : `has a wrong “${path}”: ${issue.message}`
}
