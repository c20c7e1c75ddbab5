/**
 * Signed tokens (jose, HS256 under SESSION_SECRET) and opaque secrets.
 * - Access tokens are short-lived JWTs naming a session; the session row decides whether it
 *   still counts, so signing out anywhere takes effect at once.
 * - Purpose tokens carry a step of a flow (an MFA challenge, a QR login) for minutes.
 * - Opaque secrets (refresh tokens, e-mail links, API keys) are random and kept only as hashes.
 */
import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { sha256Hex, toBase64Url } from '../../lib/crypto.ts'

export const ACCESS_COOKIE = 'vitrine_session'
export const REFRESH_COOKIE = 'vitrine_refresh'
export const ACCESS_TTL_SECONDS = 15 * 60
export const REFRESH_TTL_SECONDS = 30 * 24 * 60 * 60
const AUDIENCE = 'vitrine'

const keyOf = (secret: string) => new TextEncoder().encode(secret)

const AccessClaims = z.object({
  sub: z.string(),
  tid: z.string(),
  sid: z.string(),
  exp: z.number(),
  imp: z.string().optional(),
})
export type AccessClaims = z.infer<typeof AccessClaims>

export async function signAccessToken(
  secret: string,
  claims: Omit<AccessClaims, 'exp'>,
  now = Date.now(),
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now / 1000)
  const exp = iat + ACCESS_TTL_SECONDS
  const token = await new SignJWT({
    tid: claims.tid,
    sid: claims.sid,
    ...(claims.imp ? { imp: claims.imp } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setAudience(AUDIENCE)
    .sign(keyOf(secret))
  return { token, expiresAt: new Date(exp * 1000) }
}

/** The claims of a valid access token, or null: wrong key, `alg: none`, expired, malformed. */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  return verifyWith(secret, token, AUDIENCE, AccessClaims)
}

/** A short-lived token for one step of a flow; its audience names the purpose, so none is reusable elsewhere. */
export async function signPurposeToken(
  secret: string,
  purpose: string,
  payload: Record<string, string>,
  ttlSeconds: number,
  now = Date.now(),
): Promise<string> {
  const iat = Math.floor(now / 1000)
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .setAudience(`${AUDIENCE}:${purpose}`)
    .sign(keyOf(secret))
}

export async function verifyPurposeToken<T extends z.ZodType>(
  secret: string,
  purpose: string,
  token: string,
  schema: T,
): Promise<z.infer<T> | null> {
  return verifyWith(secret, token, `${AUDIENCE}:${purpose}`, schema)
}

async function verifyWith<T extends z.ZodType>(secret: string, token: string, audience: string, schema: T) {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: ['HS256'], audience })
    const parsed = schema.safeParse(payload)
    return parsed.success ? (parsed.data as z.infer<T>) : null
  } catch {
    return null
  }
}

/** A random secret with a readable prefix (`rt_…`, `vk_live_…`), 256 bits, URL-safe. */
export function newSecret(prefix: string): string {
  return `${prefix}${toBase64Url(crypto.getRandomValues(new Uint8Array(32)))}`
}

/** Secrets are high-entropy, so a plain SHA-256 is enough to store them (no salt or stretching needed). */
export const hashSecret = (secret: string): Promise<string> => sha256Hex(secret)
