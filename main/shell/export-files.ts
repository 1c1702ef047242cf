// The desktop's two export hooks: the system save dialog (the file is written here, in main, so
// the renderer never holds a path) and the printable report turned into a PDF by Chromium.
import { rename, rm, writeFile } from 'node:fs/promises'
import { BrowserWindow, dialog } from 'electron'

export async function saveExportFile(fileName: string, bytes: Uint8Array): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow()
  const options = { title: 'Export', defaultPath: fileName }
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  // Written beside and renamed, so a failed write never leaves half a file under the user's name.
  const partial = `${result.filePath}.crossread-partial`
  try {
    await writeFile(partial, bytes)
    await rename(partial, result.filePath)
  } catch (err) {
    await rm(partial, { force: true })
    throw err
  }
  return result.filePath
}

/** The report (self-contained HTML without script) printed in a hidden, script-less window. */
export async function printReportToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    // No script, no Node, no middle-click window: the page is the report and nothing else.
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
  }
}
