// Web mode's token stays with its page: it leaves the address bar, lives in the tab (a reload
// works), is sent only as a header to the API, and no other service on 127.0.0.1 ever sees it.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { hostForSpec } from '../support/spec-host'

const host = hostForSpec()

const articles = (page: Page) => page.getByRole('listbox', { name: 'Articles' }).getByRole('option')

test('the token leaves the address bar, sets no cookie, and a reload of the tab still works', async ({
  page,
  context
}) => {
  await page.goto(host().url)
  await expect(page).toHaveURL(`${host().origin}/`)
  await expect(articles(page)).toHaveCount(5)
  expect(await context.cookies()).toEqual([])
  expect(await page.evaluate(() => document.cookie)).toBe('')
  await page.reload()
  await expect(articles(page)).toHaveCount(5)
})

test('another service on 127.0.0.1 receives no token from the browser', async ({ page }) => {
  const seen: IncomingHttpHeaders[] = []
  const other = createServer((req, res) => {
    seen.push(req.headers)
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>another local service</title>')
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  try {
    await page.goto(host().url)
    await expect(articles(page)).toHaveCount(5)
    const port = (other.address() as AddressInfo).port
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.goto(`http://localhost:${port}/favicon.ico`)
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(JSON.stringify(seen)).not.toContain(host().token)
    expect(seen.every((headers) => headers.cookie === undefined)).toBe(true)
  } finally {
    other.closeAllConnections()
    await new Promise((resolve) => other.close(resolve))
  }
})

test('a page opened without the token gets the app but no data, and says which address to open', async ({ page }) => {
  const response = await page.goto(host().origin)
  expect(response?.status()).toBe(200) // the bundled page holds no secret
  await expect(page.getByRole('alert').first()).toContainText('access token')
  await expect(articles(page)).toHaveCount(0)
})
