import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { recordAudit } from '../audit/index.ts'
import { type Actor, completeSignIn, type IssuedSession } from '../auth/index.ts'
import { restoreDeletedTenant, takeTenantOffline } from '../privacy/index.ts'
import {
  changeTenantStatus,
  findTenantOwner,
  findTenantSummary,
  listTenants as listTenantRows,
  setSessionExpiry,
} from './admin.repo.ts'
import type { AdminTenant, ListTenantsQuery } from './admin.schemas.ts'

type Admin = Extract<Actor, { kind: 'user' }>

/** A support session lasts an hour at most, however often it refreshes. */
export const IMPERSONATION_TTL_SECONDS = 60 * 60

type SummaryRow = NonNullable<Awaited<ReturnType<typeof findTenantSummary>>>

const toAdminTenant = (row: SummaryRow): AdminTenant => ({
  ...row,
  members: Number(row.members),
  deletedAt: row.deletedAt?.toISOString() ?? null,
  purgeAfter: row.purgeAfter?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
})

export async function listTenants(ctx: Ctx, query: ListTenantsQuery) {
  const rows = await listTenantRows(ctx.d1, query)
  const page = rows.slice(0, query.limit)
  return {
    data: page.map(toAdminTenant),
    nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null,
  }
}

async function getTenantOrThrow(ctx: Ctx, tenantId: string): Promise<SummaryRow> {
  const row = await findTenantSummary(ctx.d1, tenantId)
  if (!row) throw new ApiError('NOT_FOUND', `Tenant ${tenantId} not found`)
  return row
}

/** Moves a tenant between active and suspended; the update is conditional, so a race cannot double it. */
async function setStatus(
  ctx: Ctx,
  tenantId: string,
  from: 'active' | 'suspended',
  to: 'active' | 'suspended',
  suspendedReason: string | null,
) {
  const tenant = await getTenantOrThrow(ctx, tenantId)
  if (tenant.status !== from) throw new ApiError('CONFLICT', `This organisation is ${tenant.status}`)
  if (!(await changeTenantStatus(ctx.d1, tenantId, from, to, suspendedReason)))
    throw new ApiError('CONFLICT', 'The organisation changed meanwhile; try again')
}

/**
 * Suspends a tenant: its members are refused (403) from their next request, its API keys stop
 * working and its microsites go offline. Support can still impersonate to investigate.
 */
export async function suspendTenant(ctx: Ctx, admin: Admin, tenantId: string, reason: string) {
  if (tenantId === admin.tenantId) {
    throw new ApiError('CONFLICT', 'You cannot suspend the organisation you are signed in to')
  }
  await setStatus(ctx, tenantId, 'active', 'suspended', reason)
  await recordAudit(ctx, {
    action: 'tenant.suspended',
    tenantId,
    actor: admin,
    target: { type: 'tenant', id: tenantId },
    metadata: { reason },
  })
  await takeTenantOffline(ctx, tenantId)
  return toAdminTenant(await getTenantOrThrow(ctx, tenantId))
}

export async function reactivateTenant(ctx: Ctx, admin: Admin, tenantId: string) {
  await setStatus(ctx, tenantId, 'suspended', 'active', null)
  await recordAudit(ctx, {
    action: 'tenant.reactivated',
    tenantId,
    actor: admin,
    target: { type: 'tenant', id: tenantId },
  })
  return toAdminTenant(await getTenantOrThrow(ctx, tenantId))
}

export async function restoreTenant(ctx: Ctx, admin: Admin, tenantId: string) {
  await restoreDeletedTenant(ctx, tenantId, admin)
  return toAdminTenant(await getTenantOrThrow(ctx, tenantId))
}

/**
 * Opens a session as the tenant's owner, marked with the admin as impersonator: every action
 * in it is audited with both. It lasts an hour and cannot reach platform administration.
 */
export async function impersonateOwner(
  ctx: Ctx,
  admin: Admin,
  tenantId: string,
  reason: string,
): Promise<IssuedSession> {
  const tenant = await getTenantOrThrow(ctx, tenantId)
  if (tenant.status === 'deleted') {
    throw new ApiError('CONFLICT', 'This organisation is deleted; restore it before entering it')
  }
  const owner = await findTenantOwner(ctx.d1, tenantId)
  if (!owner) throw new ApiError('CONFLICT', 'This organisation has no owner to act as')
  if (owner.id === admin.userId) {
    throw new ApiError('CONFLICT', 'You own this organisation; switch to it instead')
  }
  // Presented as a clean account so completeSignIn leaves the owner's own failed-sign-in count
  // and lockout alone: support entering is not the owner proving their password.
  const issued = await completeSignIn(
    ctx,
    { ...owner, failedSignIns: 0, lockedUntil: null },
    'impersonation',
    {
      tenantId,
      impersonatorId: admin.userId,
    },
  )
  const expiresAt = new Date(ctx.now().getTime() + IMPERSONATION_TTL_SECONDS * 1000)
  await setSessionExpiry(ctx.d1, issued.session.sessionId, expiresAt)
  await recordAudit(ctx, {
    action: 'admin.impersonation_started',
    tenantId,
    actor: admin,
    target: { type: 'user', id: owner.id },
    metadata: { reason, sessionId: issued.session.sessionId, expiresAt: expiresAt.toISOString() },
  })
  return issued
}
