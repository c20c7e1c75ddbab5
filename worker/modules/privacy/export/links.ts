/**
 * Download links for finished exports: `…/exports/{id}/download?expires=…&signature=…`, where
 * the signature is HMAC-SHA256 over the id and the expiry under a key derived (HKDF) from
 * SESSION_SECRET. The link is the credential, so it works from any mail client without a
 * session, and it says nothing but an id.
 */
import { fromHex, timingSafeEqual, toHex } from '../../../lib/crypto.ts'
import { linkMac } from '../../../lib/link-mac.ts'

export const LINK_TTL_SECONDS = 7 * 24 * 60 * 60

const mac = (secret: string, exportId: string, expires: number) =>
  linkMac(secret, 'vitrine:export-link', `${exportId}.${expires}`)

/** @example await exportDownloadUrl(origin, secret, 'exp_01J…', new Date()) // { url, expiresAt } */
export async function exportDownloadUrl(
  origin: string,
  secret: string,
  exportId: string,
  now: Date,
  ttlSeconds = LINK_TTL_SECONDS,
): Promise<{ url: string; expiresAt: Date }> {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds
  const signature = toHex(await mac(secret, exportId, expires))
  const query = new URLSearchParams({ expires: String(expires), signature })
  return {
    url: `${origin}/api/v1/privacy/exports/${encodeURIComponent(exportId)}/download?${query}`,
    expiresAt: new Date(expires * 1000),
  }
}

export type LinkCheck = 'valid' | 'invalid' | 'expired'

/** The signature is checked before the expiry, so an altered `expires` reads as a forgery. */
export async function checkDownloadLink(
  secret: string,
  exportId: string,
  expires: number,
  signature: string,
  now: Date,
): Promise<LinkCheck> {
  if (!/^[0-9a-f]{64}$/.test(signature)) return 'invalid'
  if (!timingSafeEqual(await mac(secret, exportId, expires), fromHex(signature))) return 'invalid'
  return expires * 1000 <= now.getTime() ? 'expired' : 'valid'
}
