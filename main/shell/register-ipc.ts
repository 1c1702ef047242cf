import { ipcMain } from 'electron'
import { apiMethods } from '../../common/api/contract'
import { dispatch, type ApiHandlers } from '../api/dispatch'
import { ipcChannel } from '../../common/api/method-names'
import { isTrustedSender } from '../security/trusted-sender'

/** One `ipcMain.handle` per API method; each checks the sender, then validates through dispatch. */
export function registerIpc(handlers: ApiHandlers, rendererUrl: string): void {
  for (const name of apiMethods) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      const frame = event.senderFrame
      if (!isTrustedSender(frame && { url: frame.url, isTopLevel: frame.parent === null }, rendererUrl)) {
        return { ok: false, error: { code: 'refused', message: 'This window may not use Crossread’s API.' } }
      }
      return dispatch(handlers, name, input)
    })
  }
}
