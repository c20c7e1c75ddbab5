// HMAC-SHA256 and the comparisons that go with it: for the webhooks we verify (Meta, LinkedIn, the
// generic webhook) and the ones we sign (outbound webhooks). Digests are compared in constant time.
import { fromHex, timingSafeEqual, toHex } from './crypto.ts'

const encoder = new TextEncoder()

/** Text is signed as its UTF-8 bytes; bodies as the bytes received. */
export type HmacPart = string | ArrayBuffer | Uint8Array

const bytesOf = (part: HmacPart) => (typeof part === 'string' ? encoder.encode(part) : new Uint8Array(part))

export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

/** HMAC-SHA256 under `key` (text: its UTF-8 bytes) of the parts one after another. */
export async function hmacSha256(key: HmacPart, ...parts: HmacPart[]): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    bytesOf(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const chunks = parts.map(bytesOf)
  const data = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let at = 0
  for (const chunk of chunks) {
    data.set(chunk, at)
    at += chunk.byteLength
  }
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, data))
}

export const hmacSha256Hex = async (key: HmacPart, ...parts: HmacPart[]) =>
  toHex(await hmacSha256(key, ...parts))

export const hmacSha256Base64 = async (key: HmacPart, ...parts: HmacPart[]) =>
  toBase64(await hmacSha256(key, ...parts))

const HEX_DIGEST = /^[0-9a-f]{64}$/

/** True when `given` is the 64-digit hex digest `expected`; constant-time on the digest. */
export function sameHexDigest(given: string, expected: string): boolean {
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
