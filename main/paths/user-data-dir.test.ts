import { describe, expect, it } from 'vitest'
import { defaultUserDataDir } from './user-data-dir'

describe('defaultUserDataDir matches Electron’s userData for an app named Crossread', () => {
  it.each([
    ['linux', {}, '/home/r/.config/Crossread'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Crossread'],
    ['darwin', {}, '/home/r/Library/Application Support/Crossread']
  ] as const)('%s %j', (platform, env, expected) => {
    expect(defaultUserDataDir(platform, env, '/home/r')).toBe(expected)
  })
})
