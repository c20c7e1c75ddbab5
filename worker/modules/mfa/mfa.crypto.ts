/**
 * Keys derived from SESSION_SECRET with HKDF, one per use, so a TOTP secret or a recovery-code
 * hash read from a database dump is useless without the Worker's secret.
 * - TOTP secrets are sealed with AES-GCM; the user id is the additional data, so a sealed
 *   secret copied to another user's row does not open.
 * - Recovery codes are kept as HMACs (a pepper): ten characters are too few to survive an
 *   offline search against a plain hash.
 */
import { isoBase64URL } from '@simplewebauthn/server/helpers'

const encoder = new TextEncoder()
const SEALED_VERSION = 'v1'

type KeyUse = 'totp-secret' | 'recovery-code'
const keys = new Map<string, Promise<CryptoKey>>()

function derivedKey(secret: string, use: KeyUse): Promise<CryptoKey> {
  const cacheKey = `${use}|${secret}`
  let key = keys.get(cacheKey)
  if (!key) {
    key = deriveKey(secret, use)
    keys.set(cacheKey, key)
  }
  return key
}

async function deriveKey(secret: string, use: KeyUse): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
  const params = {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: encoder.encode('vitrine:mfa'),
    info: encoder.encode(`vitrine:${use}:v1`),
  }
  return use === 'totp-secret'
    ? crypto.subtle.deriveKey(params, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
    : crypto.subtle.deriveKey(params, base, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign'])
}

/** `v1.<iv>.<ciphertext>`, base64url; bound to the user it belongs to. */
export async function sealTotpSecret(secret: string, userId: string, base32: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(userId) },
    await derivedKey(secret, 'totp-secret'),
    encoder.encode(base32),
  )
  return [SEALED_VERSION, isoBase64URL.fromBuffer(iv), isoBase64URL.fromBuffer(new Uint8Array(sealed))].join(
    '.',
  )
}

/** The base32 secret, or null when the value was tampered with, moved, or sealed under another key. */
export async function openTotpSecret(secret: string, userId: string, sealed: string): Promise<string | null> {
  const [version, iv, data] = sealed.split('.')
  if (version !== SEALED_VERSION || !iv || !data) return null
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: isoBase64URL.toBuffer(iv), additionalData: encoder.encode(userId) },
      await derivedKey(secret, 'totp-secret'),
      isoBase64URL.toBuffer(data),
    )
    return new TextDecoder().decode(plain)
  } catch {
    return null
  }
}

/** A keyed hash of a normalised recovery code, scoped to its user. */
export async function hashRecoveryCode(secret: string, userId: string, code: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    await derivedKey(secret, 'recovery-code'),
    encoder.encode(`${userId}:${normaliseRecoveryCode(code)}`),
  )
  return isoBase64URL.fromBuffer(new Uint8Array(mac))
}

/**
 * People retype codes with spaces, without dashes, or in capitals, and misread o/i/l; all mean
 * the same code (the alphabet is Crockford's, which has 0 and 1 but no o, i or l).
 */
export const normaliseRecoveryCode = (code: string): string =>
  code
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replaceAll('o', '0')
    .replace(/[il]/g, '1')
