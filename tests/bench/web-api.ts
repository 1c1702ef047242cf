// The app's API over HTTP as the renderer calls it in web mode: POST /api/<method> with the
// launch's token; the answer's value, or its error thrown.

export interface WebApiHost {
  origin: string
  token: string
}

/**
 * A caller for `host`. `onRetry`: a kept-alive connection the server closed as it was reused fails
 * once (seen under heavy load); with it, such a call is counted there and sent again.
 */
export function webApi(host: WebApiHost, onRetry?: () => void) {
  return async function call<T>(method: string, input: unknown): Promise<T> {
    const request = () =>
      fetch(`${host.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(input)
      })
    const response = await (onRetry
      ? request().catch(() => {
          onRetry()
          return request()
        })
      : request())
    const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
    return answer.value
  }
}
