// The generic webhook's signature, `X-Vitrine-Signature: t=<unix seconds>,v1=<hex>` where the hex
// is HMAC-SHA256(secret, "<t>.<raw body>"). The timestamp is signed too, so a captured request
// cannot be replayed after the tolerance. Documented in docs/leads.md.
import { hmacSha256Hex, sameHexDigest } from '../../../lib/hmac.ts'

export const SIGNATURE_HEADER = 'X-Vitrine-Signature'
export const SIGNATURE_TOLERANCE_SECONDS = 300

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

export async function checkSignature(
  secret: string,
  header: string | undefined,
  raw: ArrayBuffer,
  now: Date,
): Promise<SignatureCheck> {
  if (!header) return { ok: false, reason: `${SIGNATURE_HEADER} is missing` }
  const parts = new Map<string, string[]>()
  for (const item of header.split(',')) {
    const [k, ...v] = item.trim().split('=')
    if (k && v.length > 0) parts.set(k, [...(parts.get(k) ?? []), v.join('=')])
  }
  const t = parts.get('t')?.[0]
  const signatures = parts.get('v1') ?? []
  if (!t || !/^\d{1,12}$/.test(t) || signatures.length === 0) {
    return { ok: false, reason: `${SIGNATURE_HEADER} must look like t=<unix seconds>,v1=<hex HMAC-SHA256>` }
  }
  if (Math.abs(now.getTime() / 1000 - Number(t)) > SIGNATURE_TOLERANCE_SECONDS) {
    return {
      ok: false,
      reason: `The signature's timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds from our clock`,
    }
  }
  const expected = await hmacSha256Hex(secret, `${t}.`, raw)
  // Several v1 values are allowed so a sender can sign with an old and a new secret while rotating.
  if (!signatures.some((s) => sameHexDigest(s, expected))) {
    return { ok: false, reason: 'The signature does not match this source’s secret and this body' }
  }
  return { ok: true }
}

/** The header a sender computes; the tests and the docs' example use the same recipe. */
export async function signatureHeader(secret: string, body: string, unixSeconds: number): Promise<string> {
  return `t=${unixSeconds},v1=${await hmacSha256Hex(secret, `${unixSeconds}.`, body)}`
}
