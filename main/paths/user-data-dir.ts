import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * The folder Electron's `app.getPath('userData')` gives for an app named Crossread, so that web
 * mode without `--data-dir` finds the same data as the desktop app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Crossread')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Crossread')
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Crossread')
}
