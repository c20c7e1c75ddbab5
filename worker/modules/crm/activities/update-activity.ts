import { and, eq, isNull } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { crmTx } from '../crm-tx.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { getActivity } from './activities.repo.ts'
import type { Activity, UpdateActivityBody } from './activities.schemas.ts'
import { activities, USER_ACTIVITY_TYPES, type UserActivityType } from './activities.tables.ts'
import { type ActivityShape, assertShape } from './activity-rules.ts'
import { type ActivityRow, toActivity } from './activity-view.ts'
import { actorUserId, assertBranchWritable } from './create-activity.ts'
import { assertAssignee, assertMentionable } from './people/crm-members.ts'

const isUserType = (type: string): type is UserActivityType =>
  (USER_ACTIVITY_TYPES as readonly string[]).includes(type)

/** The activity to change: the system's own entries (lead arrivals, stage changes …) stay as written. */
export function editable(ctx: TenantCtx, row: ActivityRow): UserActivityType {
  if (!isUserType(row.type)) {
    throw new ApiError('CONFLICT', `Activity ${row.id} was recorded by the system and cannot be changed`)
  }
  assertBranchWritable(ctx, row.branchId)
  return row.type
}

const pick = <T>(next: T | undefined, current: T): T => (next === undefined ? current : next)
const at = (iso: string | null | undefined, current: Date | null) =>
  iso === undefined ? current : iso === null ? null : new Date(iso)

function mergedShape(type: UserActivityType, row: ActivityRow, patch: UpdateActivityBody): ActivityShape {
  return {
    subject: pick(patch.subject, row.subject),
    body: pick(patch.body, row.body),
    // A meeting's due time is its start, kept in step below.
    dueAt: type === 'meeting' ? null : at(patch.dueAt, row.dueAt),
    remindAt: at(patch.remindAt, row.remindAt),
    startsAt: at(patch.startsAt, row.startsAt),
    endsAt: at(patch.endsAt, row.endsAt),
    durationMinutes: pick(patch.durationMinutes, row.durationMinutes),
    outcome: pick(patch.outcome, row.outcome),
    assigneeUserId: pick(patch.assigneeUserId, row.assigneeUserId),
    completed: pick(patch.completed, row.completedAt !== null),
  }
}

/**
 * Edits, completes or reopens, or reassigns an activity. A new reminder time sends the
 * reminder again; members newly @mentioned are told, those mentioned before are not told twice.
 */
export async function updateActivity(
  ctx: TenantCtx,
  activityId: string,
  patch: UpdateActivityBody,
): Promise<Activity> {
  const me = actorUserId(ctx)
  const now = ctx.now()
  const { activity, added } = await crmTx(ctx, async (tx) => {
    const row = await getActivity(tx, ctx.tenantId, activityId)
    const type = editable(ctx, row)
    const shape = mergedShape(type, row, patch)
    assertShape(type, shape)
    if (patch.assigneeUserId && patch.assigneeUserId !== row.assigneeUserId)
      await assertAssignee(ctx, ctx.tenantId, patch.assigneeUserId, row.branchId)
    const mentions = patch.mentions ? [...new Set(patch.mentions)] : row.mentions
    const added = mentions.filter((id) => !row.mentions.includes(id))
    if (added.length > 0) await assertMentionable(ctx, ctx.tenantId, added, row.branchId)
    const remindMoved = patch.remindAt !== undefined && shape.remindAt?.getTime() !== row.remindAt?.getTime()
    const { completed, ...columns } = shape
    const wasDone = row.completedAt !== null
    await tx
      .update(activities)
      .set({
        ...columns,
        dueAt: type === 'meeting' ? shape.startsAt : shape.dueAt,
        mentions,
        ...(remindMoved ? { reminderSentAt: null } : {}),
        ...(completed === wasDone
          ? {}
          : { completedAt: completed ? now : null, completedByUserId: completed ? me : null }),
        updatedAt: now,
      })
      .where(
        and(
          eq(activities.tenantId, ctx.tenantId),
          eq(activities.id, activityId),
          isNull(activities.deletedAt),
        ),
      )
    return { activity: toActivity(await getActivity(tx, ctx.tenantId, activityId)), added }
  })
  if (added.length > 0) {
    await sendCrmMessages(ctx, [{ type: 'crm.mention', tenantId: ctx.tenantId, activityId, userIds: added }])
  }
  return activity
}

/** Hides the activity everywhere (soft delete); its reminder no longer fires. */
export async function deleteActivity(ctx: TenantCtx, activityId: string): Promise<void> {
  await crmTx(ctx, async (tx) => {
    editable(ctx, await getActivity(tx, ctx.tenantId, activityId))
    await tx
      .update(activities)
      .set({ deletedAt: ctx.now() })
      .where(
        and(
          eq(activities.tenantId, ctx.tenantId),
          eq(activities.id, activityId),
          isNull(activities.deletedAt),
        ),
      )
  })
}
