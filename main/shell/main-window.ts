/// <reference types="vite/client" />
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { chooseRendererUrl } from '../security/renderer-source'
import { secureWebPreferences } from '../security/web-preferences'

/** The built renderer, served through app:// (see app-protocol.ts). */
export const rendererDir = join(import.meta.dirname, '../renderer')

/** The dev server only in a development build (import.meta.env.DEV is fixed at build time), else app://. */
export function rendererUrl(): string {
  return chooseRendererUrl({
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    developmentBuild: import.meta.env.DEV && !app.isPackaged
  })
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    title: 'Crossread',
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs'))
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(rendererUrl())
  return window
}
