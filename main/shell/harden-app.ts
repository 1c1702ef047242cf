// App-wide locks that apply to every web contents Electron creates, including ones we did not
// expect to exist: no navigation, no new windows, no webviews, no permissions.
import { app, session } from 'electron'

export function hardenApp(): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

/** Call once the app is ready: sessions exist only then. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}
