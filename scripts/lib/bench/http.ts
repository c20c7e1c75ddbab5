import { request } from 'node:http'

export interface RawResponse {
  status: number
  /** Header name/value pairs as sent, in order. */
  headers: [string, string][]
  body: Buffer
}

/** An iPhone's Safari: what a QR scan or a microsite visit looks like to the Worker. */
export const PHONE_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'

export interface SendOptions {
  method?: 'GET' | 'POST'
  host?: string
  headers?: Record<string, string>
  body?: string
}

/**
 * A request with an explicit Host header (fetch() may not set one) and no Accept-Encoding, as
 * autocannon sends it: compression is the edge's work, not the Worker's.
 */
export function send(url: string, options: SendOptions = {}): Promise<RawResponse> {
  const headers = { ...options.headers, ...(options.host ? { host: options.host } : {}) }
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const headers: [string, string][] = []
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          headers.push([res.rawHeaders[i]!.toLowerCase(), res.rawHeaders[i + 1]!])
        }
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A plain GET; see send(). */
export const get = (url: string, host?: string) => send(url, { host })

export const header = (res: RawResponse, name: string) => res.headers.find(([n]) => n === name)?.[1]
