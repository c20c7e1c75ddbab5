import { request } from 'node:http'

export interface RawResponse {
  status: number
  /** Header name/value pairs as sent, in order. */
  headers: [string, string][]
  body: Buffer
}

/**
 * A plain GET with an explicit Host header (fetch() may not set one) and no Accept-Encoding, as
 * autocannon sends it: compression is the edge's work, not the Worker's.
 */
export function get(url: string, host?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: host ? { host } : {} }, (res) => {
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
    req.end()
  })
}

export const header = (res: RawResponse, name: string) => res.headers.find(([n]) => n === name)?.[1]
