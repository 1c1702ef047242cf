// API answers as TanStack Query wants them: the value, or a thrown Error with main's message.
import type { ApiResponse } from '../../../common/api/contract'

export async function unwrap<T>(call: Promise<ApiResponse<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}
