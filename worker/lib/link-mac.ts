// Signed links (attachment links, export downloads) each take their own HMAC key, derived (HKDF)
// from one secret under a purpose label: a mac made for one kind of link proves nothing for another.
const encoder = new TextEncoder()
const keys = new Map<string, Promise<CryptoKey>>()

function purposeKey(secret: string, purpose: string): Promise<CryptoKey> {
  const cacheKey = `${purpose}\u0000${secret}`
  let key = keys.get(cacheKey)
  if (!key) {
    key = crypto.subtle
      .importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey'])
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(purpose) },
          base,
          { name: 'HMAC', hash: 'SHA-256', length: 256 },
          false,
          ['sign'],
        ),
      )
    keys.set(cacheKey, key)
  }
  return key
}

/**
 * HMAC-SHA256 of `payload` under the key `secret` derives for `purpose`.
 * @example await linkMac(env.SESSION_SECRET, 'vitrine:export-link', `${exportId}.${expires}`)
 */
export async function linkMac(secret: string, purpose: string, payload: string): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.sign('HMAC', await purposeKey(secret, purpose), encoder.encode(payload)),
  )
}
