// Meta signs every webhook delivery with the app secret: X-Hub-Signature-256 is `sha256=` and the
// hex HMAC-SHA256 of the body exactly as sent (Meta escapes non-ASCII as \uXXXX before signing, so
// re-serialising parsed JSON would not match).
import { hmacSha256Hex, sameHexDigest } from '../../../lib/hmac.ts'

/** True when `header` is the app secret's signature of exactly these bytes (constant-time). */
export async function verifyMetaSignature(secret: string, raw: ArrayBuffer, header: string | undefined) {
  if (!header?.startsWith('sha256=')) return false
  return sameHexDigest(header.slice('sha256='.length), await hmacSha256Hex(secret, raw))
}

/**
 * `appsecret_proof` for a Graph call: apps with "Require App Secret" on refuse calls without it,
 * and it makes a leaked page token useless without the app secret.
 */
export const appSecretProof = (appSecret: string, accessToken: string) =>
  hmacSha256Hex(appSecret, accessToken)
