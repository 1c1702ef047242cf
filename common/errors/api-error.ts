// The error a user reads: main's services throw it with a message written for the user, and
// every API answer carries its code and message across the process boundary.

export type ApiErrorCode = 'invalid-input' | 'unknown-method' | 'not-found' | 'refused' | 'failed'

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
