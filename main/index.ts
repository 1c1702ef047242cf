// The Electron shell: the only place (with shell/) that imports electron. Everything it wires
// together is a plain Node module that the web host and the tests use as well.
import { join } from 'node:path'
import { app, BrowserWindow, dialog, shell } from 'electron'
import { startServices, type Services } from './app/start-services'
import { registerAppScheme, serveRenderer } from './shell/app-protocol'
import { denyPermissions, hardenApp } from './shell/harden-app'
import { createMainWindow, rendererDir, rendererUrl } from './shell/main-window'
import { registerIpc } from './shell/register-ipc'
import { printReportToPdf, saveExportFile } from './shell/export-files'
import { importOpenedFile, openedFilesIn } from './import/opened-file'

hardenApp()
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another Crossread owns the data folder; it focuses its window (below) and we leave.
  app.quit()
} else {
  let services: Services | null = null
  // Annotation files the system opened us with (file associations): imported once the services run.
  const opened: string[] = openedFilesIn(process.argv.slice(1))
  const importOpened = async () => {
    const running = services
    if (!running) return
    for (const path of opened.splice(0)) {
      const outcome = await importOpenedFile(path, running.imports)
      await dialog.showMessageBox({
        type: outcome.ok ? 'info' : 'warning',
        message: outcome.message,
        detail: outcome.detail
      })
    }
  }
  app.on('open-file', (event, path) => {
    // macOS hands a double-clicked file here, before or after the app is ready.
    event.preventDefault()
    opened.push(...openedFilesIn([path]))
    void importOpened()
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
    opened.push(...openedFilesIn(argv.slice(1), workingDirectory))
    void importOpened()
  })
  void app.whenReady().then(async () => {
    denyPermissions()
    serveRenderer(rendererDir)
    services = await startServices({
      dataDir: app.getPath('userData'),
      bundledFolder: join(app.getAppPath(), 'resources', 'articles'),
      // Built beside this entry by electron-vite (see electron.vite.config.ts).
      searchWorkerEntry: new URL('./search-worker.js', import.meta.url),
      openExternal: (url) => shell.openExternal(url),
      openPath: (path) => shell.openPath(path),
      chooseFolder: async () => {
        const window = BrowserWindow.getFocusedWindow()
        const options = { title: 'Add a folder of articles', properties: ['openDirectory' as const] }
        const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
        return result.canceled ? null : (result.filePaths[0] ?? null)
      },
      saveFile: saveExportFile,
      printToPdf: printReportToPdf
    }).catch((err: unknown) => {
      // Another Crossread holds the data folder, or it cannot be created: say so and leave.
      dialog.showErrorBox('Crossread cannot start', err instanceof Error ? err.message : String(err))
      app.exit(1)
      return null
    })
    if (!services) return
    registerIpc(services.handlers, rendererUrl())
    createMainWindow()
    void importOpened()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })
  // Save everything before leaving. If annotations cannot be written, ask before losing them.
  let closing = false
  app.on('before-quit', (event) => {
    if (closing || !services) return
    event.preventDefault()
    const running = services
    void running.flush().then(async (saved) => {
      if (!saved) {
        const choice = dialog.showMessageBoxSync({
          type: 'warning',
          buttons: ['Keep Crossread open', 'Quit and lose unsaved annotations'],
          defaultId: 0,
          cancelId: 0,
          message: 'Your latest annotations could not be saved.',
          detail:
            'Crossread keeps retrying while it is open. Free some disk space or fix the data folder’s permissions, then quit again.'
        })
        if (choice === 0) return
      }
      closing = true
      await running.close().catch(() => undefined)
      app.quit()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
