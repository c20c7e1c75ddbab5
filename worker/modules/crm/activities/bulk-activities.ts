import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { recordAudit } from '../../audit/index.ts'
import { crmTx } from '../crm-tx.ts'
import type { BulkActivitiesBody, BulkActivitiesResult } from './activities.schemas.ts'
import { activities, USER_ACTIVITY_TYPES } from './activities.tables.ts'
import { actorUserId } from './create-activity.ts'
import { assertAssignee, seesBranch } from './people/crm-members.ts'

const refuse = (code: 'NOT_FOUND' | 'BAD_REQUEST' | 'FORBIDDEN', message: string) =>
  new ApiError(code, message, { errors: [{ path: 'activityIds', message }] })

/**
 * Completes or reassigns up to 500 activities at once: all of them or none (an id the actor
 * cannot see, or a system entry, refuses the whole request and changes nothing).
 */
export async function bulkActivities(
  ctx: TenantCtx,
  body: BulkActivitiesBody,
): Promise<BulkActivitiesResult> {
  const ids = body.activityIds
  const me = actorUserId(ctx)
  const now = ctx.now()
  const updated = await crmTx(ctx, async (tx) => {
    const rows = await tx
      .select({ id: activities.id, type: activities.type, branchId: activities.branchId })
      .from(activities)
      .where(
        and(eq(activities.tenantId, ctx.tenantId), inArray(activities.id, ids), isNull(activities.deletedAt)),
      )
      .for('update')
    const found = new Map(rows.map((r) => [r.id, r]))
    const missing = ids.find((id) => !found.has(id))
    if (missing) throw refuse('NOT_FOUND', `Activity ${missing} was not found`)
    const system = rows.find((r) => !(USER_ACTIVITY_TYPES as readonly string[]).includes(r.type))
    if (system)
      throw refuse('BAD_REQUEST', `Activity ${system.id} was recorded by the system and cannot be changed`)
    if (ctx.actor.branchIds !== null && rows.some((r) => r.branchId === null))
      throw refuse(
        'FORBIDDEN',
        'Some of these belong to no branch; only members who work every branch can change them',
      )
    const match = and(eq(activities.tenantId, ctx.tenantId), inArray(activities.id, ids))
    if (body.action === 'complete') {
      const done = await tx
        .update(activities)
        .set({ completedAt: now, completedByUserId: me, updatedAt: now })
        .where(and(match, isNull(activities.completedAt)))
        .returning({ id: activities.id })
      return done.length
    }
    const assignee = body.assigneeUserId ?? null
    if (assignee) {
      const member = await assertAssignee(ctx, ctx.tenantId, assignee, null)
      const unseen = rows.find((r) => !seesBranch(member, r.branchId))
      if (unseen) throw refuse('BAD_REQUEST', `${member.name} cannot see the record of activity ${unseen.id}`)
    }
    const moved = await tx
      .update(activities)
      .set({ assigneeUserId: assignee, updatedAt: now })
      .where(and(match, sql`${activities.assigneeUserId} is distinct from ${assignee}`))
      .returning({ id: activities.id })
    return moved.length
  })
  await recordAudit(ctx, {
    action: 'crm.activities_bulk_changed',
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    metadata: {
      action: body.action,
      count: ids.length,
      updated,
      assigneeUserId: body.assigneeUserId ?? null,
    },
  })
  return { matched: ids.length, updated }
}
