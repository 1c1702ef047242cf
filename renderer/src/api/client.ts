// The renderer's one adapter: IPC through the preload under Electron, HTTP to the local web host
// otherwise. Nothing else in the renderer knows which mode it runs in.
import type { ApiResponse, CrossreadApi } from '../../../common/api/contract'
import { apiMethodNames } from '../../../common/api/method-names'
// The app's instance, set up by i18n/i18n.ts (imported by main.tsx): plain i18next here keeps this
// module free of Vite's glob, so a test or a benchmark page can use it without the messages.
import i18next from 'i18next'
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
    // Composed here, in the interface's language at the moment it fails.
    return failure(i18next.t('status:serverSilent', { command }))
  }
  try {
    const body = (await response.json()) as ApiResponse<unknown>
    if (typeof body === 'object' && body !== null && typeof body.ok === 'boolean') return body
  } catch {
    // fall through: not our JSON
  }
  return failure(i18next.t('status:serverAnswered', { status: response.status, statusText: response.statusText }))
}

function failure(message: string): ApiResponse<never> {
  return { ok: false, error: { code: 'failed', message } }
}
