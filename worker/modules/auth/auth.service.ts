import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { hashPassword, verifyPassword } from './auth.passwords.ts'
import { findUserByEmail, findUserById, listMemberships } from './auth.repo.ts'
import type { Session } from './auth.schemas.ts'
import { SESSION_TTL_SECONDS, signSession } from './auth.sessions.ts'

// Verifying against a real hash for unknown emails keeps both paths equally slow, so the
// response time does not tell whether an account exists.
let decoyHash: Promise<string> | undefined

export async function login(ctx: Ctx, email: string, password: string): Promise<Session & { token: string }> {
  const user = await findUserByEmail(ctx.d1, email.toLowerCase())
  decoyHash ??= hashPassword('decoy-password-for-timing')
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash))
  if (!user || !ok) throw new ApiError('UNAUTHORIZED', 'Email or password is incorrect')
  const [membership] = await listMemberships(ctx.d1, user.id)
  if (!membership) throw new ApiError('FORBIDDEN', 'This account does not belong to any organisation yet')
  const now = ctx.now().getTime()
  const token = await signSession(
    ctx.config.SESSION_SECRET,
    { sub: user.id, tid: membership.tenantId, role: membership.role },
    now,
  )
  return {
    user: { id: user.id, email: user.email, name: user.name },
    tenant: { id: membership.tenantId, name: membership.tenantName },
    role: membership.role,
    token,
    expiresAt: new Date(now + SESSION_TTL_SECONDS * 1000).toISOString(),
  }
}

export async function getSession(ctx: TenantCtx, expiresAt: Date): Promise<Session> {
  const user = await findUserById(ctx.d1, ctx.actor.userId)
  const membership = (await listMemberships(ctx.d1, ctx.actor.userId)).find(
    (m) => m.tenantId === ctx.tenantId,
  )
  if (!user || !membership) throw new ApiError('UNAUTHORIZED', 'The session is no longer valid')
  return {
    user: { id: user.id, email: user.email, name: user.name },
    tenant: { id: membership.tenantId, name: membership.tenantName },
    role: membership.role,
    expiresAt: expiresAt.toISOString(),
  }
}
