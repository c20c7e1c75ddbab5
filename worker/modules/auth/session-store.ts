// Sessions in D1: created on sign-in, rotated on refresh, revoked on sign-out.
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { sessions } from './auth.tables.ts'
import { type AccessClaims, hashSecret, newSecret, REFRESH_TTL_SECONDS } from './auth.tokens.ts'
import type { Role } from './permissions.ts'

export type SessionRow = typeof sessions.$inferSelect

export interface NewSession {
  userId: string
  tenantId: string
  method: string
  impersonatorId?: string | null
}

export async function createSessionRow(ctx: Ctx, input: NewSession) {
  const refreshToken = newSecret('rt_')
  const now = ctx.now()
  const [row] = await ctx.d1
    .insert(sessions)
    .values({
      id: newId('session'),
      userId: input.userId,
      tenantId: input.tenantId,
      method: input.method,
      impersonatorId: input.impersonatorId ?? null,
      refreshHash: await hashSecret(refreshToken),
      userAgent: ctx.client.userAgent,
      ip: ctx.client.ip,
      location: ctx.client.location,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TTL_SECONDS * 1000),
    })
    .returning()
  return { session: row!, refreshToken }
}

/**
 * Swaps a refresh token for a new one. The swap is a compare-and-set on the old hash, so two
 * racing refreshes cannot both win; a token that was already swapped is a replay, and the
 * whole session is revoked.
 */
export async function rotateRefreshToken(ctx: Ctx, refreshToken: string) {
  const hash = await hashSecret(refreshToken)
  const now = ctx.now()
  const next = newSecret('rt_')
  const nextHash = await hashSecret(next)
  const [row] = await ctx.d1
    .update(sessions)
    .set({ refreshHash: nextHash, previousRefreshHash: hash, lastUsedAt: now })
    .where(and(eq(sessions.refreshHash, hash), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .returning()
  if (row) return { session: row, refreshToken: next }
  const [replayed] = await ctx.d1
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.previousRefreshHash, hash), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id, userId: sessions.userId })
  if (replayed) ctx.log.warn('refresh token replayed; session revoked', { sessionId: replayed.id })
  throw new ApiError('UNAUTHORIZED', 'The refresh token is invalid, expired or already used; sign in again')
}

export async function listActiveSessions(ctx: Ctx, userId: string) {
  return ctx.d1
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, ctx.now())))
    .orderBy(desc(sessions.lastUsedAt))
}

/** Revokes one of the user's sessions; false when there was none to revoke. */
export async function revokeSession(ctx: Ctx, userId: string, sessionId: string): Promise<boolean> {
  const revoked = await ctx.d1
    .update(sessions)
    .set({ revokedAt: ctx.now() })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id })
  return revoked.length > 0
}

/**
 * The statement that ends every live session of a user, optionally but one: run on its own,
 * or put in a D1 batch beside the change that calls for it (a new password).
 */
export function revokeSessionsStatement(ctx: Ctx, userId: string, exceptSessionId?: string) {
  return ctx.d1
    .update(sessions)
    .set({ revokedAt: ctx.now() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    )
}

/** Signs the user out everywhere, optionally keeping the session that asked. Returns how many ended. */
export async function revokeAllSessions(ctx: Ctx, userId: string, exceptSessionId?: string): Promise<number> {
  const revoked = await revokeSessionsStatement(ctx, userId, exceptSessionId).returning({ id: sessions.id })
  return revoked.length
}

/** Moves a session to another of the user's tenants (the organisation switcher). */
export async function switchSessionTenant(ctx: Ctx, sessionId: string, tenantId: string) {
  await ctx.d1.update(sessions).set({ tenantId, lastUsedAt: ctx.now() }).where(eq(sessions.id, sessionId))
}

export interface SessionAccess {
  revoked_at: number | null
  expires_at: number
  impersonator_id: string | null
  membership_id: string | null
  role: Role | null
  tenant_status: string | null
  branch_ids: string | null
}

/**
 * What an access token's session may do right now, in one query: the session row, the
 * membership and role in the token's tenant, its branch scope and the tenant's status.
 */
export async function findSessionAccess(
  db: D1Database,
  claims: Pick<AccessClaims, 'sid' | 'tid' | 'sub'>,
): Promise<SessionAccess | null> {
  return db
    .prepare(
      `select s.revoked_at, s.expires_at, s.impersonator_id, m.id as membership_id, m.role,
            t.status as tenant_status,
            (select json_group_array(branch_id) from membership_branches where membership_id = m.id
              having count(*) > 0) as branch_ids
       from sessions s
       left join memberships m on m.user_id = s.user_id and m.tenant_id = ?2
       left join tenants t on t.id = m.tenant_id
      where s.id = ?1 and s.user_id = ?3`,
    )
    .bind(claims.sid, claims.tid, claims.sub)
    .first<SessionAccess>()
}
