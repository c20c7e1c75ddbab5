// HMAC-SHA256 for the webhooks we verify ourselves (LinkedIn, the generic webhook): hex digests,
// compared in constant time.
import { fromHex, timingSafeEqual, toHex } from '../../../lib/crypto.ts'

const encoder = new TextEncoder()

export async function hmacSha256Hex(
  secret: string,
  ...parts: (string | ArrayBuffer | Uint8Array)[]
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const chunks = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : new Uint8Array(p)))
  const data = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    data.set(chunk, at)
    at += chunk.byteLength
  }
  return toHex(await crypto.subtle.sign('HMAC', key, data))
}

const HEX_DIGEST = /^[0-9a-f]{64}$/

/** True when `given` is the 64-digit hex digest `expected`; constant-time on the digest. */
export function sameDigest(given: string, expected: string): boolean {
  const candidate = given.trim().toLowerCase()
  if (!HEX_DIGEST.test(candidate)) return false
  return timingSafeEqual(fromHex(candidate), fromHex(expected))
}

/** Two strings of any length compared without leaking where they differ (both hashed first). */
export async function sameText(given: string, expected: string): Promise<boolean> {
  const digest = async (s: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(s)))
  const [a, b] = await Promise.all([digest(given), digest(expected)])
  return timingSafeEqual(a, b)
}
