import { eq, sql } from 'drizzle-orm'
import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/index.ts'
import { enqueueEmail } from '../email/email.messages.ts'
import { enforceAuthLimit, LOCKOUT_SECONDS, LOCKOUT_THRESHOLD } from './auth.limits.ts'
import { hashPassword, verifyPassword } from './auth.passwords.ts'
import {
  branchScopes,
  countPasskeys,
  findUserByEmail,
  findUserById,
  listMemberships,
  type UserRow,
} from './auth.repo.ts'
import type { MfaChallenge, Session } from './auth.schemas.ts'
import { users } from './auth.tables.ts'
import { signAccessToken, signPurposeToken } from './auth.tokens.ts'
import { type MemberActor, rolePermissions } from './permissions.ts'
import { createSessionRow, revokeSession, rotateRefreshToken } from './session-store.ts'

export const MFA_TOKEN_TTL_SECONDS = 5 * 60

export interface IssuedSession {
  session: Session
  accessToken: string
  refreshToken: string
}

// Verifying against a real hash for unknown emails keeps both paths equally slow, so the
// response time does not tell whether an account exists.
let decoyHash: Promise<string> | undefined

const INVALID = 'Email or password is incorrect'

/**
 * Email and password, the first step of every sign-in. With a second factor enrolled the
 * answer is a short-lived MFA challenge instead of a session.
 */
export async function signInWithPassword(
  ctx: Ctx,
  email: string,
  password: string,
): Promise<{ kind: 'session'; issued: IssuedSession } | { kind: 'mfa'; challenge: MfaChallenge }> {
  await enforceAuthLimit(ctx, 'sign-in:ip', ctx.client.ip)
  await enforceAuthLimit(ctx, 'sign-in:account', email)
  const user = await findUserByEmail(ctx.d1, email)
  decoyHash ??= hashPassword('decoy-password-for-timing')
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash))
  if (!user) throw new ApiError('UNAUTHORIZED', INVALID)
  const now = ctx.now()
  if (user.lockedUntil && user.lockedUntil > now) {
    const retryAfter = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000)
    throw new ApiError('RATE_LIMITED', 'Too many failed sign-ins; this account is locked for a while', {
      headers: { 'Retry-After': String(retryAfter) },
    })
  }
  if (!ok) {
    await recordFailedSignIn(ctx, user)
    throw new ApiError('UNAUTHORIZED', INVALID)
  }
  const methods = await secondFactorsOf(ctx, user)
  if (methods.length > 0) {
    const mfaToken = await signPurposeToken(
      ctx.config.SESSION_SECRET,
      'mfa',
      { sub: user.id },
      MFA_TOKEN_TTL_SECONDS,
    )
    return { kind: 'mfa', challenge: { mfaRequired: true, mfaToken, methods } }
  }
  return { kind: 'session', issued: await completeSignIn(ctx, user, 'pwd') }
}

/**
 * The row of the person a session names; a 401 when the account is gone, since the session
 * then is too. `goneMessage` keeps each flow's wording.
 */
export async function signedInUser(
  ctx: Ctx,
  userId: string,
  goneMessage = 'This session has ended; sign in again',
): Promise<UserRow> {
  const user = await findUserById(ctx.d1, userId)
  if (!user) throw new ApiError('UNAUTHORIZED', goneMessage)
  return user
}

export async function secondFactorsOf(ctx: Ctx, user: UserRow): Promise<MfaChallenge['methods']> {
  const methods: MfaChallenge['methods'] = []
  if (user.totpEnabledAt) methods.push('totp', 'recovery_code')
  if ((await countPasskeys(ctx.d1, user.id)) > 0) methods.push('passkey')
  return methods
}

/** Counts a wrong password; the fifth in a row locks the account and tells its owner by e-mail. */
async function recordFailedSignIn(ctx: Ctx, user: UserRow): Promise<void> {
  const [row] = await ctx.d1
    .update(users)
    .set({ failedSignIns: sql`${users.failedSignIns} + 1` })
    .where(eq(users.id, user.id))
    .returning({ failed: users.failedSignIns })
  const [membership] = await listMemberships(ctx.d1, user.id)
  const tenantId = membership?.tenantId ?? null
  await recordAudit(ctx, {
    action: 'auth.sign_in_failed',
    tenantId,
    actor: { kind: 'user', userId: user.id },
  })
  if ((row?.failed ?? 0) < LOCKOUT_THRESHOLD) return
  const until = new Date(ctx.now().getTime() + LOCKOUT_SECONDS * 1000)
  await ctx.d1.update(users).set({ lockedUntil: until, failedSignIns: 0 }).where(eq(users.id, user.id))
  await recordAudit(ctx, {
    action: 'auth.locked',
    tenantId,
    actor: { kind: 'system' },
    target: { type: 'user', id: user.id },
    metadata: { until: until.toISOString() },
  })
  await enqueueEmail(ctx, {
    template: 'account_locked',
    to: user.email,
    data: {
      accountEmail: user.email,
      until: until.toISOString(),
      ip: ctx.client.ip,
      resetUrl: `${ctx.config.PUBLIC_ORIGIN}/app/forgot-password`,
    },
  })
}

/** The last step of every sign-in method: clears failures, audits, and opens a session. */
export async function completeSignIn(
  ctx: Ctx,
  user: UserRow,
  method: string,
  options: { tenantId?: string; impersonatorId?: string } = {},
): Promise<IssuedSession> {
  if (user.failedSignIns > 0 || user.lockedUntil) {
    await ctx.d1.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id))
  }
  const issued = await issueSession(ctx, user, method, options)
  await recordAudit(ctx, {
    action: 'auth.signed_in',
    tenantId: issued.session.tenant.id,
    actor: { kind: 'user', userId: user.id, impersonatorId: options.impersonatorId ?? null },
    target: { type: 'session', id: issued.session.sessionId },
    metadata: { method },
  })
  return issued
}

async function issueSession(
  ctx: Ctx,
  user: UserRow,
  method: string,
  options: { tenantId?: string; impersonatorId?: string },
): Promise<IssuedSession> {
  const memberships = await listMemberships(ctx.d1, user.id)
  const membership = options.tenantId
    ? memberships.find((m) => m.tenantId === options.tenantId)
    : memberships[0]
  if (!membership) throw new ApiError('FORBIDDEN', 'This account does not belong to any organisation')
  const { session: row, refreshToken } = await createSessionRow(ctx, {
    userId: user.id,
    tenantId: membership.tenantId,
    method,
    impersonatorId: options.impersonatorId ?? null,
  })
  const access = await accessFor(ctx, {
    userId: user.id,
    tenantId: membership.tenantId,
    sessionId: row.id,
    impersonatorId: row.impersonatorId,
  })
  return { ...access, refreshToken }
}

/** Exchanges a refresh token for a new access token and a new refresh token. */
export async function refreshSession(ctx: Ctx, refreshToken: string): Promise<IssuedSession> {
  const { session: row, refreshToken: next } = await rotateRefreshToken(ctx, refreshToken)
  const access = await accessFor(ctx, {
    userId: row.userId,
    tenantId: row.tenantId,
    sessionId: row.id,
    impersonatorId: row.impersonatorId,
  })
  return { ...access, refreshToken: next }
}

/** A new access token for a session in its (current) tenant, and the session it describes. */
export async function accessFor(
  ctx: Ctx,
  input: { userId: string; tenantId: string; sessionId: string; impersonatorId: string | null },
): Promise<{ session: Session; accessToken: string }> {
  const access = await signAccessToken(
    ctx.config.SESSION_SECRET,
    {
      sub: input.userId,
      tid: input.tenantId,
      sid: input.sessionId,
      ...(input.impersonatorId ? { imp: input.impersonatorId } : {}),
    },
    ctx.now().getTime(),
  )
  const session = await describeSession(ctx, { ...input, expiresAt: access.expiresAt })
  return { session, accessToken: access.token }
}

/** Ends the session that asked (signing out of this browser or client), audited. */
export async function signOut(ctx: Ctx, actor: MemberActor): Promise<void> {
  await revokeSession(ctx, actor.userId, actor.sessionId)
  await recordAudit(ctx, {
    action: 'auth.signed_out',
    tenantId: actor.tenantId,
    actor,
    target: { type: 'session', id: actor.sessionId },
  })
}

/** Everything the dashboard needs to know about who is signed in, where, and what they may do. */
export async function describeSession(
  ctx: Ctx,
  input: {
    userId: string
    tenantId: string
    sessionId: string
    impersonatorId: string | null
    expiresAt: Date
  },
): Promise<Session> {
  const user = await findUserById(ctx.d1, input.userId)
  const memberships = await listMemberships(ctx.d1, input.userId)
  const membership = memberships.find((m) => m.tenantId === input.tenantId)
  if (!user || !membership)
    throw new ApiError('UNAUTHORIZED', 'The session no longer has access to this organisation')
  const scopes = await branchScopes(ctx.d1, [membership.membershipId])
  return {
    sessionId: input.sessionId,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      emailVerified: user.emailVerifiedAt !== null,
      platformRole: user.platformRole ?? null,
      mfa: { totp: user.totpEnabledAt !== null, passkeys: await countPasskeys(ctx.d1, user.id) },
    },
    tenant: { id: membership.tenantId, name: membership.tenantName, status: membership.tenantStatus },
    role: membership.role,
    permissions: [...rolePermissions(membership.role)],
    branchIds: scopes.get(membership.membershipId) ?? null,
    tenants: memberships.map((m) => ({ id: m.tenantId, name: m.tenantName, role: m.role })),
    impersonatorId: input.impersonatorId,
    expiresAt: input.expiresAt.toISOString(),
  }
}

export async function getSession(ctx: TenantCtx, expiresAt: Date): Promise<Session> {
  if (ctx.actor.kind !== 'user')
    throw new ApiError('FORBIDDEN', 'API keys have no session; this is for people')
  return describeSession(ctx, {
    userId: ctx.actor.userId,
    tenantId: ctx.tenantId,
    sessionId: ctx.actor.sessionId,
    impersonatorId: ctx.actor.impersonatorId,
    expiresAt,
  })
}
