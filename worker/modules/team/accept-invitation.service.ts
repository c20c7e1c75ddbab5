import type { BatchItem } from 'drizzle-orm/batch'
import type { Ctx } from '../../context.ts'
import { ApiError, issuesOf } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert, recordAudit } from '../audit/index.ts'
import {
  completeSignIn,
  enforceAuthLimit,
  findUserByEmail,
  findUserById,
  hashPassword,
  hashSecret,
  type IssuedSession,
  memberships,
  secondFactorsOf,
  type UserRow,
  users,
  verifyPassword,
} from '../auth/index.ts'
import { assertWithinLimit } from '../billing/index.ts'
import { scopeOf, statusOf } from './invitations.service.ts'
import * as repo from './team.repo.ts'
import { type AcceptInvitationBody, NewAccountFields } from './team.schemas.ts'

type Invitation = NonNullable<Awaited<ReturnType<typeof repo.findInvitationByTokenHash>>>

/**
 * Joins the organisation an invitation is for, and signs in to it. Someone without an account
 * gets one (their address is proven: they hold the link); someone with one must be signed in as
 * it or give its password. Marking the invitation used, the account, the membership, its branch
 * scope and the audit record are one D1 batch, and the membership takes its tenant from the
 * invitation this batch marked, so a token works once however many tabs race.
 */
export async function acceptInvitation(
  ctx: Ctx,
  input: Omit<AcceptInvitationBody, 'tokenDelivery'>,
  signedInUserId: string | null,
): Promise<IssuedSession> {
  const found = await repo.findInvitationByTokenHash(ctx.d1, await hashSecret(input.token))
  if (!found)
    throw new ApiError('NOT_FOUND', 'This invitation link is not valid; check that it was copied whole')
  assertOpen(found, ctx.now())
  const { invitation } = found
  const existing = await findUserByEmail(ctx.d1, invitation.email)
  const statements: BatchItem<'sqlite'>[] = []
  let userId: string
  if (existing) {
    await proveIdentity(ctx, existing, input.password, signedInUserId)
    if (await repo.findMembershipOfUser(ctx.d1, invitation.tenantId, existing.id)) {
      throw new ApiError('CONFLICT', `${existing.email} is already a member of ${found.tenantName}`)
    }
    userId = existing.id
  } else {
    const account = NewAccountFields.safeParse({ name: input.name, password: input.password })
    if (!account.success) {
      throw new ApiError('BAD_REQUEST', 'Choose your name and a password to create your account', {
        errors: issuesOf(account.error),
      })
    }
    await enforceAuthLimit(ctx, 'sign-up:ip', ctx.client.ip)
    userId = newId('user')
    statements.push(
      ctx.d1.insert(users).values({
        id: userId,
        email: invitation.email,
        name: account.data.name,
        passwordHash: await hashPassword(account.data.password),
        emailVerifiedAt: ctx.now(),
      }),
    )
  }
  // Each pending invitation already holds a seat; this catches a plan that shrank meanwhile.
  await assertWithinLimit(
    ctx.d1,
    invitation.tenantId,
    'seats',
    await repo.countMembers(ctx.d1, invitation.tenantId),
  )

  const now = ctx.now()
  const membershipId = newId('membership', now.getTime())
  statements.push(
    ctx.d1.insert(memberships).values({
      id: membershipId,
      tenantId: repo.tenantOfJustAccepted(invitation.id, now),
      userId,
      role: invitation.role,
    }),
    ...repo.replaceBranchScope(ctx.d1, membershipId, scopeOf(invitation)),
    auditInsert(ctx, {
      action: 'member.joined',
      tenantId: invitation.tenantId,
      actor: { kind: 'user', userId },
      target: { type: 'membership', id: membershipId },
      metadata: { invitationId: invitation.id, role: invitation.role, newAccount: !existing },
    }),
  )
  try {
    await ctx.d1.batch([repo.markAccepted(ctx.d1, invitation.id, now), ...statements])
  } catch (error) {
    if (repo.isSpentInvitationViolation(error)) throw gone('This invitation was already used')
    if (repo.isDuplicateMembership(error)) throw new ApiError('CONFLICT', 'You are already a member')
    if (repo.isDuplicateEmail(error)) {
      throw new ApiError('CONFLICT', 'An account with this e-mail was just created; sign in to accept')
    }
    throw error
  }
  const user = await findUserById(ctx.d1, userId)
  if (!user) throw new Error(`User ${userId} vanished right after joining`)
  return completeSignIn(ctx, user, 'invite', { tenantId: invitation.tenantId })
}

function assertOpen(found: Invitation, now: Date): void {
  const status = statusOf(found.invitation, now)
  if (status === 'accepted') throw gone('This invitation was already used')
  if (status === 'revoked') throw gone(`${found.inviterName} withdrew this invitation`)
  if (status === 'expired') throw gone(`This invitation expired; ask ${found.inviterName} for a new one`)
  if (found.tenantStatus !== 'active') throw new ApiError('FORBIDDEN', `${found.tenantName} is suspended`)
}

const gone = (message: string) => new ApiError('GONE', message)

/**
 * An existing account joins only as itself: the request's own session, or the password.
 * A password alone is not enough for an account with a second factor; they sign in first.
 */
async function proveIdentity(
  ctx: Ctx,
  user: UserRow,
  password: string | undefined,
  signedInUserId: string | null,
): Promise<void> {
  if (password === undefined) {
    if (signedInUserId === user.id) return
    throw new ApiError(
      signedInUserId ? 'FORBIDDEN' : 'UNAUTHORIZED',
      signedInUserId
        ? `This invitation is for ${user.email}; sign out and sign in as that account to accept it`
        : `Sign in as ${user.email}, or enter that account's password, to accept`,
    )
  }
  await enforceAuthLimit(ctx, 'sign-in:ip', ctx.client.ip)
  await enforceAuthLimit(ctx, 'sign-in:account', user.email)
  if (user.lockedUntil && user.lockedUntil > ctx.now()) {
    throw new ApiError('RATE_LIMITED', 'Too many failed sign-ins; this account is locked for a while')
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    await recordAudit(ctx, {
      action: 'auth.sign_in_failed',
      tenantId: null,
      actor: { kind: 'user', userId: user.id },
    })
    throw new ApiError('UNAUTHORIZED', 'The password is incorrect', {
      errors: [{ path: 'password', message: 'The password is incorrect' }],
    })
  }
  if ((await secondFactorsOf(ctx, user)).length > 0) {
    throw new ApiError(
      'UNAUTHORIZED',
      'This account uses two-step verification: sign in first, then open the invitation link again',
    )
  }
}
