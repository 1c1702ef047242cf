// The renderer's sandbox, in one place so a test can hold it. Structurally an Electron
// `WebPreferences`; this module stays free of the electron import.
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true, // the page cannot touch the preload's objects
    sandbox: true, // the renderer process runs without Node, under the OS sandbox
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false, // a dropped file must not replace the app
    spellcheck: false,
    safeDialogs: true
  } as const
}
