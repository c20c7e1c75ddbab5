import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/index.ts'
import {
  accessFor,
  listMemberships,
  type MemberActor,
  type Session,
  switchSessionTenant,
} from '../auth/index.ts'

/**
 * Moves the current session to another organisation the person belongs to and signs a new
 * access token for it. The refresh token stays: it names the session, which now names the
 * new tenant.
 */
export async function switchTenant(
  ctx: Ctx,
  actor: MemberActor,
  tenantId: string,
): Promise<{ session: Session; accessToken: string }> {
  if (actor.impersonatorId) {
    throw new ApiError('FORBIDDEN', 'An impersonation session stays in the organisation it was opened for')
  }
  const memberships = await listMemberships(ctx.d1, actor.userId)
  const target = memberships.find((m) => m.tenantId === tenantId)
  if (!target) throw new ApiError('NOT_FOUND', `Organisation ${tenantId} not found`)
  if (target.tenantStatus === 'suspended') {
    throw new ApiError('FORBIDDEN', `${target.tenantName} is suspended; contact support`)
  }
  await switchSessionTenant(ctx, actor.sessionId, tenantId)
  const access = await accessFor(ctx, {
    userId: actor.userId,
    tenantId,
    sessionId: actor.sessionId,
    impersonatorId: null,
  })
  await recordAudit(ctx, {
    action: 'auth.tenant_switched',
    tenantId,
    actor: { kind: 'user', userId: actor.userId },
    target: { type: 'tenant', id: tenantId },
    metadata: { from: actor.tenantId },
  })
  return access
}
