// Checks for the D1-held things a CRM record points at: its owner must be a member of the
// tenant, its branch a branch of the tenant that the actor may work in.
import { and, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { memberships } from '../../auth/auth.tables.ts'
import { canSeeBranch } from '../../auth/permissions.ts'
import { branches } from '../../brands/brands.tables.ts'

const bad = (path: string, message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path, message }] })

/** A 400 unless `userId` is a member of the tenant. */
export async function assertOwnerIsMember(
  ctx: TenantCtx,
  userId: string,
  path = 'ownerUserId',
): Promise<void> {
  const [row] = await ctx.d1
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, userId)))
    .limit(1)
  if (!row) throw bad(path, `The owner ${userId} is not a member of this organisation`)
}

/**
 * The branch's country (for reading national phone numbers). A 400 for a branch that is not
 * the tenant's live branch, a 403 for one outside the actor's branches.
 */
export async function assertBranchUsable(
  ctx: TenantCtx,
  branchId: string,
  path = 'branchId',
): Promise<{ country: string | null }> {
  const [row] = await ctx.d1
    .select({ address: branches.address })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), eq(branches.id, branchId), isNull(branches.archivedAt)))
    .limit(1)
  if (!row) throw bad(path, `There is no branch ${branchId} in this organisation`)
  if (!canSeeBranch(ctx.actor, branchId))
    throw new ApiError('FORBIDDEN', 'You can only file records in your own branches', {
      errors: [{ path, message: 'Outside your branches' }],
    })
  return { country: row.address?.country ?? null }
}

/** The country of a tenant's branch, for reading national phone numbers; null when unknown. */
export async function branchCountry(ctx: TenantCtx, branchId: string): Promise<string | null> {
  const [row] = await ctx.d1
    .select({ address: branches.address })
    .from(branches)
    .where(and(eq(branches.tenantId, ctx.tenantId), eq(branches.id, branchId)))
    .limit(1)
  return row?.address?.country ?? null
}

/**
 * The branch a new record goes to when none is named: nothing for unscoped members (the record
 * belongs to the whole organisation), the only branch of a member scoped to one, else a 400 —
 * the database refuses organisation-wide records from scoped members.
 */
export function defaultBranchFor(ctx: TenantCtx): string | null {
  const scope = ctx.actor.branchIds
  if (scope === null) return null
  if (scope.length === 1) return scope[0] ?? null
  throw bad('branchId', 'Choose one of your branches for this record')
}

/**
 * Organisation-wide records (no branch) are read by everyone but changed only by members who
 * see every branch; the database policy refuses the rest, this says so clearly first.
 */
export function assertWritable(ctx: TenantCtx, branchId: string | null): void {
  if (branchId === null && ctx.actor.branchIds !== null)
    throw new ApiError(
      'FORBIDDEN',
      'This record belongs to the whole organisation; only members who see every branch can change it',
    )
}
