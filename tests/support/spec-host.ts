// One web host per e2e spec, started before its tests and stopped after them, and the folder the
// specs write their screenshots to.
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@playwright/test'
import { repoRoot, startTestHost, type TestHost } from './test-host'

export const screenshots = join(repoRoot, 'test-results/screenshots')

/** Registers the spec's host; call the returned function inside a test to reach it. */
export function hostForSpec(): () => TestHost {
  let host: TestHost | null = null
  test.beforeAll(async () => {
    host = await startTestHost()
    await mkdir(screenshots, { recursive: true })
  })
  test.afterAll(async () => host?.stop())
  return () => {
    if (!host) throw new Error('The test host is not running (hostForSpec registers it for the whole spec).')
    return host
  }
}
