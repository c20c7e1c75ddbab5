import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { crmTx } from '../crm-tx.ts'
import { sendCrmMessages } from '../jobs/send-crm-message.ts'
import { getActivity, parentBranch } from './activities.repo.ts'
import type { Activity, CreateActivityBody } from './activities.schemas.ts'
import { activities } from './activities.tables.ts'
import { type ActivityShape, assertShape } from './activity-rules.ts'
import { toActivity } from './activity-view.ts'
import { assertAssignee, assertMentionable } from './people/crm-members.ts'
import { getTemplate, type TemplateRow } from './templates/templates.repo.ts'

const at = (iso: string | null | undefined) => (iso ? new Date(iso) : null)
const later = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000)

/** The member acting, or null for an API key. */
export const actorUserId = (ctx: TenantCtx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null)

/**
 * A scoped member may only write rows of their branches: a record of no branch
 * (organisation-wide) is read-only to them, which the database would refuse less clearly.
 */
export function assertBranchWritable(ctx: TenantCtx, branchId: string | null): void {
  if (branchId === null && ctx.actor.branchIds !== null) {
    throw new ApiError(
      'FORBIDDEN',
      'This record belongs to no branch; only members who work every branch can add activities to it',
    )
  }
}

/** What the request says, filled from the template where it says nothing. */
function shapeOf(body: CreateActivityBody, template: TemplateRow | null, now: Date, me: string | null) {
  const t = template
  const durationMinutes =
    body.durationMinutes !== undefined ? body.durationMinutes : (t?.durationMinutes ?? null)
  const fromTemplate = t?.dueInMinutes != null ? later(now, t.dueInMinutes) : null
  const meeting = body.type === 'meeting'
  const startsAt = meeting
    ? body.startsAt !== undefined
      ? at(body.startsAt)
      : fromTemplate
    : at(body.startsAt)
  const endsAt =
    body.endsAt !== undefined
      ? at(body.endsAt)
      : meeting && startsAt && durationMinutes
        ? later(startsAt, durationMinutes)
        : null
  const dueAt = meeting ? null : body.dueAt !== undefined ? at(body.dueAt) : fromTemplate
  const anchor = meeting ? startsAt : dueAt
  const remindAt =
    body.remindAt !== undefined
      ? at(body.remindAt)
      : t?.remindBeforeMinutes != null && anchor
        ? later(anchor, -t.remindBeforeMinutes)
        : null
  const shape: ActivityShape = {
    subject: body.subject || t?.subject || null,
    body: body.body ?? t?.body ?? '',
    dueAt,
    remindAt,
    startsAt,
    endsAt,
    durationMinutes: body.type === 'note' ? (body.durationMinutes ?? null) : durationMinutes,
    outcome: body.outcome ?? null,
    assigneeUserId:
      body.assigneeUserId !== undefined ? body.assigneeUserId : body.type === 'note' ? null : me,
    completed: body.completed ?? false,
  }
  return shape
}

/**
 * Logs or plans an activity about records the actor sees (404 otherwise). The assignee and
 * every mentioned member must belong to the organisation and see the record; mentioned
 * members are told once it is saved.
 */
export async function createActivity(ctx: TenantCtx, body: CreateActivityBody): Promise<Activity> {
  if (!body.contactId && !body.companyId && !body.dealId) {
    const message = 'Say what the activity is about: a contactId, companyId or dealId'
    throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'contactId', message }] })
  }
  const me = actorUserId(ctx)
  const now = ctx.now()
  const mentions = [...new Set(body.mentions ?? [])]
  const activity = await crmTx(ctx, async (tx) => {
    const branchId = await parentBranch(tx, ctx.tenantId, body)
    assertBranchWritable(ctx, branchId)
    const template = body.templateId
      ? await getTemplate(tx, ctx.tenantId, body.templateId, 'templateId')
      : null
    if (template && template.type !== body.type) {
      const message = `Template “${template.name}” is for a ${template.type}, not a ${body.type}`
      throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'templateId', message }] })
    }
    const shape = shapeOf(body, template, now, me)
    assertShape(body.type, shape)
    if (shape.assigneeUserId) await assertAssignee(ctx, ctx.tenantId, shape.assigneeUserId, branchId)
    if (mentions.length > 0) await assertMentionable(ctx, ctx.tenantId, mentions, branchId)
    const id = newId('activity', now.getTime())
    const { completed, ...columns } = shape
    await tx.insert(activities).values({
      id,
      tenantId: ctx.tenantId,
      contactId: body.contactId ?? null,
      companyId: body.companyId ?? null,
      dealId: body.dealId ?? null,
      branchId,
      type: body.type,
      ...columns,
      // A meeting is due when it starts: it shows among the assignee's open tasks until done.
      dueAt: body.type === 'meeting' ? shape.startsAt : shape.dueAt,
      completedAt: completed ? now : null,
      completedByUserId: completed ? me : null,
      mentions,
      templateId: template?.id ?? null,
      createdByUserId: me,
      createdAt: now,
      updatedAt: now,
    })
    return toActivity(await getActivity(tx, ctx.tenantId, id))
  })
  if (mentions.length > 0) {
    await sendCrmMessages(ctx, [
      { type: 'crm.mention', tenantId: ctx.tenantId, activityId: activity.id, userIds: mentions },
    ])
  }
  return activity
}
