// Checks a bulk update's owner and branch against D1 before anything is written: a clear 400 or
// 403 naming the field, rather than the database policy refusing the whole change.
import { and, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { memberships } from '../../auth/auth.tables.ts'
import { canSeeBranch } from '../../auth/index.ts'
import { branches } from '../../brands/brands.tables.ts'
import type { BulkPatch } from './bulk.schemas.ts'

const refuse = (path: string, message: string) =>
  new ApiError('BAD_REQUEST', message, { errors: [{ path: `patch.${path}`, message }] })

export async function checkPatchTargets(ctx: TenantCtx, patch: BulkPatch): Promise<void> {
  if (patch.ownerUserId) {
    const [member] = await ctx.d1
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.tenantId, ctx.tenantId), eq(memberships.userId, patch.ownerUserId)))
    if (!member) throw refuse('ownerUserId', `${patch.ownerUserId} is not a member of this organisation`)
  }
  if (patch.branchId === null && ctx.actor.branchIds !== null)
    throw new ApiError('FORBIDDEN', 'Only members who see every branch can make records organisation-wide')
  if (patch.branchId) {
    const [branch] = await ctx.d1
      .select({ id: branches.id })
      .from(branches)
      .where(
        and(
          eq(branches.tenantId, ctx.tenantId),
          eq(branches.id, patch.branchId),
          isNull(branches.archivedAt),
        ),
      )
    if (!branch || !canSeeBranch(ctx.actor, patch.branchId))
      throw refuse('branchId', `There is no branch ${patch.branchId} you can move records to`)
  }
}
