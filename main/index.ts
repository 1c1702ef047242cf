// The Electron shell: the only place (with shell/) that imports electron. Everything it wires
// together is a plain Node module that the web host and the tests use as well.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, shell } from 'electron'
import { createHandlers } from './api/handlers'
import { folderLibrary } from './articles/article-library'
import { denyPermissions, hardenApp } from './shell/harden-app'
import { createMainWindow, rendererUrl } from './shell/main-window'
import { registerIpc } from './shell/register-ipc'

hardenApp()

if (!app.requestSingleInstanceLock()) {
  // Another Crossread owns the data folder; it focuses its window (below) and we leave.
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  void app.whenReady().then(() => {
    denyPermissions()
    mkdirSync(app.getPath('userData'), { recursive: true })
    const handlers = createHandlers({
      library: folderLibrary(join(app.getAppPath(), 'resources', 'articles')),
      openExternal: (url) => shell.openExternal(url)
    })
    registerIpc(handlers, rendererUrl())
    createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

