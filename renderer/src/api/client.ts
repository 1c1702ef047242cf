// The renderer's one adapter: IPC through the preload under Electron, HTTP to the local web host
// otherwise. Nothing else in the renderer knows which mode it runs in.
import type { ApiResponse, CrossreadApi } from '../../../common/api/contract'
import { apiMethodNames } from '../../../common/api/method-names'
import { launchCommand, tabStorage, takeWebToken } from './web-token'

declare global {
  interface Window {
    crossread?: CrossreadApi
  }
}

export const api: CrossreadApi = window.crossread ?? httpApi()

function httpApi(): CrossreadApi {
  const storage = tabStorage()
  const token = takeWebToken({ location: window.location, storage, history: window.history })
  const command = launchCommand(storage)
  // Without a token the host answers 401 with a message saying which address to open.
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {})
  }
  return Object.fromEntries(
    apiMethodNames.map((name) => [name, (input: unknown) => post(name, input, headers, command)])
  ) as CrossreadApi
}

async function post(
  name: string,
  input: unknown,
  headers: Record<string, string>,
  command: string
): Promise<ApiResponse<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers,
      // No cookie is needed or wanted: the token travels in the header only.
      credentials: 'omit',
      body: JSON.stringify(input)
    })
  } catch {
    return failure(
      `Crossread’s local server is not answering. Is \`${command}\` still running? Run it again: this tab reconnects by itself, unless it prints a new address.`
    )
  }
  try {
    const body = (await response.json()) as ApiResponse<unknown>
    if (typeof body === 'object' && body !== null && typeof body.ok === 'boolean') return body
  } catch {
    // fall through: not our JSON
  }
  return failure(`Crossread’s local server answered ${response.status} ${response.statusText}.`)
}

function failure(message: string): ApiResponse<never> {
  return { ok: false, error: { code: 'failed', message } }
}
