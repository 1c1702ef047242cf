// Who a theme decision (and later any reviewed action) is attributed to when the app has not been
// told a name: the account name on this computer. `os.userInfo` throws where the account has no
// entry in the password database (some containers), hence the fallback.
import { userInfo } from 'node:os'

export const UNKNOWN_USER = 'local user'

export function localUserName(info: () => { username: string } = userInfo): string {
  try {
    return info().username.trim() || UNKNOWN_USER
  } catch {
    return UNKNOWN_USER
  }
}
