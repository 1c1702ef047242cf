import { describe, expect, it } from 'vitest'
import { launchCommand, takeWebToken, TOKEN_KEY, type TokenPlace } from './web-token'

/** A tab: its address, its sessionStorage and its history, as plain objects. */
function tab(address: string, stored: Record<string, string> = {}) {
  const url = new URL(address)
  const storage = new Map(Object.entries(stored))
  const place: TokenPlace = {
    location: url,
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    history: {
      state: null,
      replaceState: (_state, _unused, next) => {
        const moved = new URL(String(next), url)
        url.hash = moved.hash
        url.search = moved.search
      }
    }
  }
  return { place, url, storage }
}

describe('the web token', () => {
  it('is taken from the fragment, kept in the tab and removed from the address bar', () => {
    const { place, url, storage } = tab('http://127.0.0.1:5000/#token=abc_DEF-123')
    expect(takeWebToken(place)).toBe('abc_DEF-123')
    expect(url.href).toBe('http://127.0.0.1:5000/')
    expect(storage.get(TOKEN_KEY)).toBe('abc_DEF-123')
  })

  it('keeps the command that started the host, to name it if the host stops answering', () => {
    const { place, url, storage } = tab('http://127.0.0.1:5000/#token=abc&run=npm%20start')
    expect(launchCommand({ getItem: (key) => storage.get(key) ?? null })).toBe('npm run web') // not read yet
    takeWebToken(place)
    expect(url.href).toBe('http://127.0.0.1:5000/')
    expect(launchCommand({ getItem: (key) => storage.get(key) ?? null })).toBe('npm start')
  })

  it('survives a reload of the same tab', () => {
    const first = tab('http://127.0.0.1:5000/#token=abc')
    takeWebToken(first.place)
    const reloaded = tab(first.url.href, Object.fromEntries(first.storage))
    expect(takeWebToken(reloaded.place)).toBe('abc')
  })

  it('takes a new launch’s token over the stored one, and keeps the rest of the address', () => {
    const { place, url, storage } = tab('http://127.0.0.1:5000/?q=1#token=new&view=reader', { [TOKEN_KEY]: 'old' })
    expect(takeWebToken(place)).toBe('new')
    expect(storage.get(TOKEN_KEY)).toBe('new')
    expect(url.href).toBe('http://127.0.0.1:5000/?q=1#view=reader')
  })

  it('is absent when neither the address nor the tab has one', () => {
    expect(takeWebToken(tab('http://127.0.0.1:5000/').place)).toBeNull()
    expect(takeWebToken(tab('http://127.0.0.1:5000/#token=').place)).toBeNull()
  })

  it('still works for the page when storage refuses it', () => {
    const { place } = tab('http://127.0.0.1:5000/#token=abc')
    place.storage.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    expect(takeWebToken(place)).toBe('abc')
  })
})
