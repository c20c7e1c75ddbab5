/**
 * Short-lived links to attachments: `/files/{attachmentId}.{tenantId}.{expires}.{i|a}.{mac}`,
 * where the mac is HMAC-SHA256 over the rest under a key derived (HKDF, its own purpose label)
 * from SESSION_SECRET. The link is the credential for five minutes, so an <img>, an <object>
 * or a download can fetch the file without the API's session cookie rules, and a leaked link
 * soon stops working.
 */
import { fromHex, timingSafeEqual, toHex } from '../../../lib/crypto.ts'
import { linkMac } from '../../../lib/link-mac.ts'

export const FILE_LINK_TTL_SECONDS = 5 * 60

/** `i`: shown in the browser where it can be (images, PDFs); `a`: always downloaded. */
export type LinkMode = 'i' | 'a'

export interface FileLink {
  attachmentId: string
  tenantId: string
  expires: number
  mode: LinkMode
}

const payloadOf = (link: FileLink) => `${link.attachmentId}.${link.tenantId}.${link.expires}.${link.mode}`

const mac = (secret: string, payload: string) => linkMac(secret, 'vitrine:crm-file-link', payload)

/** @example await signFileLink(secret, { attachmentId, tenantId, mode: 'i' }, new Date()) // 'att_….ten_….1735….i.9f…' */
export async function signFileLink(
  secret: string,
  link: Omit<FileLink, 'expires'>,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const expires = Math.floor(now.getTime() / 1000) + FILE_LINK_TTL_SECONDS
  const payload = payloadOf({ ...link, expires })
  return { token: `${payload}.${toHex(await mac(secret, payload))}`, expiresAt: new Date(expires * 1000) }
}

const TOKEN =
  /^(att_[0-9A-HJKMNP-TV-Z]{26})\.(ten_[0-9A-HJKMNP-TV-Z]{26})\.(\d{1,12})\.([ia])\.([0-9a-f]{64})$/

/** The link a token names, or why it is refused; the mac is checked before the expiry. */
export async function checkFileLink(
  secret: string,
  token: string,
  now: Date,
): Promise<{ ok: true; link: FileLink } | { ok: false; reason: 'invalid' | 'expired' }> {
  const match = TOKEN.exec(token)
  if (!match) return { ok: false, reason: 'invalid' }
  const [, attachmentId = '', tenantId = '', expiresText = '', mode = '', signature = ''] = match
  const link: FileLink = { attachmentId, tenantId, expires: Number(expiresText), mode: mode as LinkMode }
  if (!timingSafeEqual(await mac(secret, payloadOf(link)), fromHex(signature)))
    return { ok: false, reason: 'invalid' }
  if (link.expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' }
  return { ok: true, link }
}
