import { jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import { ROLES } from './permissions.ts'

export const SESSION_COOKIE = 'vitrine_session'
export const SESSION_TTL_SECONDS = 12 * 60 * 60

const Claims = z.object({ sub: z.string(), tid: z.string(), role: z.enum(ROLES) })
export type SessionClaims = z.infer<typeof Claims>

const keyOf = (secret: string) => new TextEncoder().encode(secret)

export async function signSession(secret: string, claims: SessionClaims, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000)
  return new SignJWT({ tid: claims.tid, role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(iat)
    .setExpirationTime(iat + SESSION_TTL_SECONDS)
    .setAudience('vitrine')
    .sign(keyOf(secret))
}

const VerifiedClaims = Claims.extend({ exp: z.number() })
export type VerifiedClaims = z.infer<typeof VerifiedClaims>

/** Returns the claims of a valid token, or null: wrong key, `alg: none`, expired, malformed. */
export async function verifySession(secret: string, token: string): Promise<VerifiedClaims | null> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: ['HS256'], audience: 'vitrine' })
    const claims = VerifiedClaims.safeParse(payload)
    return claims.success ? claims.data : null
  } catch {
    return null
  }
}
