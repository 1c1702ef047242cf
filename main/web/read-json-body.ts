import type { IncomingMessage } from 'node:http'

export class RequestBodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string
  ) {
    super(message)
  }
}

/** Reads and parses a JSON body, refusing it as soon as it passes `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw tooLarge(limit)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw tooLarge(limit)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new RequestBodyError(400, 'The request body is not valid JSON.')
  }
}

function tooLarge(limit: number): RequestBodyError {
  return new RequestBodyError(413, `The request is larger than ${Math.round(limit / 1024)} KiB.`)
}
