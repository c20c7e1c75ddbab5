// What the local stand-ins for outside APIs (the mail sink, the Cloudflare fake) share: reading a
// request body, answering JSON, and listening on 127.0.0.1.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'

export const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
    })
    req.on('end', () => resolve(body))
    req.on('error', reject)
  })

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

/** Serves `handler` on 127.0.0.1 at `port` (0: any free one). */
export async function startLocalServer(
  handler: RequestListener,
  port = 0,
): Promise<{ origin: string; port: number; stop: () => Promise<void> }> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const actual = typeof address === 'object' && address ? address.port : port
  return {
    origin: `http://127.0.0.1:${actual}`,
    port: actual,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
