// The renderer's only door to main: exactly the API table's methods, each one IPC invoke.
// Built as one CommonJS file because a sandboxed preload cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron'
import { apiMethodNames, ipcChannel } from '../common/api/method-names'

const api = Object.fromEntries(
  apiMethodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)])
)

contextBridge.exposeInMainWorld('crossread', Object.freeze(api))
