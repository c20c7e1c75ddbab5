/**
 * Secrets we must be able to use again (a source's page access token, a webhook's signing
 * secret) are sealed with AES-GCM under a key derived from SESSION_SECRET with HKDF, one key
 * per purpose. The row's id is the additional data, so a sealed value copied to another row
 * does not open; a database dump alone opens nothing.
 */
const encoder = new TextEncoder()
const VERSION = 'v1'

export type SealPurpose = 'lead-source' | 'webhook-endpoint'

const keys = new Map<string, Promise<CryptoKey>>()

function keyFor(secret: string, purpose: SealPurpose): Promise<CryptoKey> {
  const cacheKey = `${purpose}|${secret}`
  let key = keys.get(cacheKey)
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']).then((base) =>
      crypto.subtle.deriveKey(
        {
          name: 'HKDF',
          hash: 'SHA-256',
          salt: encoder.encode('vitrine:sealed'),
          info: encoder.encode(`vitrine:${purpose}:v1`),
        },
        base,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      ),
    )
    keys.set(cacheKey, key)
  }
  return key
}

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

function fromB64url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** `v1.<iv>.<ciphertext>`, base64url, bound to `boundTo` (the owning row's id). */
export async function sealSecret(
  secret: string,
  purpose: SealPurpose,
  boundTo: string,
  plain: string,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) },
    await keyFor(secret, purpose),
    encoder.encode(plain),
  )
  return [VERSION, b64url(iv), b64url(new Uint8Array(sealed))].join('.')
}

/** The plain value, or null when it was tampered with, moved to another row, or sealed under another key. */
export async function openSecret(
  secret: string,
  purpose: SealPurpose,
  boundTo: string,
  sealed: string,
): Promise<string | null> {
  const [version, iv, data] = sealed.split('.')
  if (version !== VERSION || !iv || !data) return null
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromB64url(iv), additionalData: encoder.encode(boundTo) },
      await keyFor(secret, purpose),
      fromB64url(data),
    )
    return new TextDecoder().decode(plain)
  } catch {
    return null
  }
}
