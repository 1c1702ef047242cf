import type { ApiErrorCode } from '../api/contract'

/** An error whose message is written for the user; anything else is reported generically. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
