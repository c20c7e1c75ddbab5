import { and, eq, gt, isNotNull, isNull, ne } from 'drizzle-orm'
import type { Ctx, TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { apiKeys } from '../api-keys/api-keys.tables.ts'
import { type AuditEntry, auditInsert, recordAudit } from '../audit/index.ts'
import { sessions } from '../auth/index.ts'
import { invitations } from '../team/team.tables.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { findTenant } from './privacy.repo.ts'
import type { TenantDeletion } from './privacy.schemas.ts'
import { takeTenantOffline } from './tenant-offline.ts'

export const DELETION_GRACE_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Soft-deletes the caller's organisation: it becomes unreachable at once (every session and
 * API key revoked, pending invitations withdrawn, microsites purged from the edge) and is
 * erased by the daily purge after the grace period. Until then platform staff can restore it.
 */
export async function scheduleTenantDeletion(ctx: TenantCtx, confirm: string): Promise<TenantDeletion> {
  const actor = ctx.actor
  if (actor.kind !== 'user') throw new ApiError('FORBIDDEN', 'Only a person can delete an organisation')
  if (actor.impersonatorId) {
    throw new ApiError('FORBIDDEN', 'A support session cannot delete an organisation; its owner must')
  }
  const tenant = await findTenant(ctx.d1, ctx.tenantId)
  if (!tenant || tenant.status === 'deleted') throw new ApiError('NOT_FOUND', 'Organisation not found')
  if (confirm.trim() !== tenant.name) {
    throw new ApiError('BAD_REQUEST', 'The name does not match', {
      errors: [{ path: 'confirm', message: `Type the organisation's name exactly: ${tenant.name}` }],
    })
  }
  const now = ctx.now()
  const purgeAfter = new Date(now.getTime() + DELETION_GRACE_DAYS * DAY_MS)
  await ctx.d1.batch([
    ctx.d1
      .update(tenants)
      .set({ status: 'deleted', deletedAt: now, purgeAfter })
      .where(and(eq(tenants.id, tenant.id), ne(tenants.status, 'deleted'))),
    ...cutOffStatements(ctx, tenant.id, now),
    auditInsert(ctx, {
      action: 'tenant.deletion_scheduled',
      tenantId: tenant.id,
      actor,
      target: { type: 'tenant', id: tenant.id },
      metadata: { purgeAfter: purgeAfter.toISOString() },
    }),
  ])
  await takeTenantOffline(ctx, tenant.id)
  return {
    tenantId: tenant.id,
    status: 'deleted',
    deletedAt: now.toISOString(),
    purgeAfter: purgeAfter.toISOString(),
  }
}

/** Revokes every way into a tenant: sessions, API keys and invitations not yet accepted. */
function cutOffStatements(ctx: Ctx, tenantId: string, now: Date) {
  return [
    ctx.d1
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.tenantId, tenantId), isNull(sessions.revokedAt))),
    ctx.d1
      .update(apiKeys)
      .set({ revokedAt: now })
      .where(and(eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt))),
    ctx.d1
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.tenantId, tenantId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      ),
  ] as const
}

/**
 * Undoes a soft delete within the grace period (platform staff only; the tenant's own sessions
 * are gone). Sessions, API keys and invitations stay revoked: members sign in again and owners
 * issue new keys. Pages and hostnames refill the edge cache on their next visit.
 */
export async function restoreDeletedTenant(
  ctx: Ctx,
  tenantId: string,
  actor: AuditEntry['actor'],
): Promise<void> {
  const now = ctx.now()
  const tenant = await findTenant(ctx.d1, tenantId)
  if (!tenant) throw new ApiError('NOT_FOUND', `Tenant ${tenantId} not found`)
  if (tenant.status !== 'deleted') throw new ApiError('CONFLICT', 'This organisation is not deleted')
  if (!tenant.purgeAfter || tenant.purgeAfter <= now) {
    throw new ApiError('GONE', 'The grace period is over; this organisation is erased or about to be')
  }
  // Conditional, so two restores (or a restore racing the purge) cannot both count.
  const restored = await ctx.d1
    .update(tenants)
    .set({ status: 'active', deletedAt: null, purgeAfter: null })
    .where(
      and(
        eq(tenants.id, tenantId),
        eq(tenants.status, 'deleted'),
        isNotNull(tenants.purgeAfter),
        gt(tenants.purgeAfter, now),
      ),
    )
    .returning({ id: tenants.id })
  if (restored.length === 0) throw new ApiError('CONFLICT', 'The organisation changed meanwhile; try again')
  await recordAudit(ctx, {
    action: 'tenant.deletion_cancelled',
    tenantId,
    actor,
    target: { type: 'tenant', id: tenantId },
  })
}
