/**
 * PBKDF2-SHA256 through WebCrypto: native in workerd, so hashing stays within a Worker's CPU
 * budget. Deployed Workers refuse more than 100,000 iterations, so that is the cost; the
 * iteration count is stored with each hash, so it can be raised later without a reset.
 */
import { fromHex, timingSafeEqual, toHex } from '../../lib/crypto.ts'

export const PBKDF2_ITERATIONS = 100_000
const KEY_BITS = 256

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    KEY_BITS,
  )
  return new Uint8Array(bits)
}

/** @example await hashPassword('correct horse') // 'pbkdf2-sha256$100000$<salt>$<hash>' */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const hash = await derive(password, salt, PBKDF2_ITERATIONS)
  return `pbkdf2-sha256$${PBKDF2_ITERATIONS}$${toHex(salt)}$${toHex(hash)}`
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$')
  if (scheme !== 'pbkdf2-sha256' || !iterations || !salt || !hash) return false
  const count = Number(iterations)
  if (!Number.isInteger(count) || count < 1 || count > PBKDF2_ITERATIONS) return false
  const actual = await derive(password, fromHex(salt), count)
  return timingSafeEqual(actual, fromHex(hash))
}
