import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import {
  completeSignIn,
  enforceAuthLimit,
  findUserByEmail,
  findUserById,
  hashPassword,
  type IssuedSession,
  memberships,
  users,
} from '../auth/index.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import type { SignUpBody } from './account.schemas.ts'
import { prepareEmailToken } from './email-tokens.ts'
import { sendVerificationEmail } from './email-verification.service.ts'

const STARTER_PLAN = 'plan_starter'

const taken = () =>
  new ApiError('CONFLICT', 'An account with this e-mail exists; sign in or reset your password')

/**
 * A new person with their own organisation, as its owner. The tenant, user, membership,
 * verification token and audit row go in one D1 batch (one transaction), so a failure, such
 * as a racing sign-up with the same address, leaves no organisation without an owner.
 */
export async function signUp(ctx: Ctx, input: Omit<SignUpBody, 'tokenDelivery'>): Promise<IssuedSession> {
  await enforceAuthLimit(ctx, 'sign-up:ip', ctx.client.ip)
  if (await findUserByEmail(ctx.d1, input.email)) throw taken()
  const passwordHash = await hashPassword(input.password)
  const tenantId = newId('tenant')
  const userId = newId('user')
  const verification = await prepareEmailToken(ctx, userId, 'verify_email')
  try {
    await ctx.d1.batch([
      ctx.d1.insert(tenants).values({ id: tenantId, name: input.organisationName, planId: STARTER_PLAN }),
      ctx.d1.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash }),
      ctx.d1.insert(memberships).values({ id: newId('membership'), tenantId, userId, role: 'owner' }),
      verification.insert,
      auditInsert(ctx, {
        action: 'auth.signed_up',
        tenantId,
        actor: { kind: 'user', userId },
        target: { type: 'tenant', id: tenantId },
      }),
    ])
  } catch (error) {
    if (isDuplicateEmail(error)) throw taken()
    throw error
  }
  // The account exists whether or not the mail could be queued; the dashboard's banner resends.
  await sendVerificationEmail(ctx, { email: input.email, name: input.name }, verification.token).catch(
    (error: unknown) => ctx.log.error('verification e-mail not queued', { userId, error }),
  )
  const user = await findUserById(ctx.d1, userId)
  if (!user) throw new Error(`User ${userId} vanished right after sign-up`)
  return completeSignIn(ctx, user, 'pwd', { tenantId })
}

/** D1 reports a unique violation in the message, possibly wrapped by Drizzle as the cause. */
function isDuplicateEmail(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed: users\.email/.test(e.message)) return true
  }
  return false
}
