// Where the web host listens: 127.0.0.1 only, on the port asked for. A restart asks for the port of
// the last start, so that tabs left open reconnect; if another program took it meanwhile, any free
// port will do (the caller tells the user the address changed).
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Listens and resolves with the port; `orAnyPort` falls back to a free port when `port` is taken. */
export async function listenOnLoopback(server: Server, port: number, orAnyPort = false): Promise<number> {
  try {
    await listen(server, port)
  } catch (err) {
    if (!orAnyPort || port === 0 || (err as { code?: string }).code !== 'EADDRINUSE') throw err
    await listen(server, 0)
  }
  return (server.address() as AddressInfo).port
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const failed = (err: Error) => reject(err)
    server.once('error', failed)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed)
      resolve()
    })
  })
}
