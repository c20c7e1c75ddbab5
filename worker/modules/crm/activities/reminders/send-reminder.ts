import { and, eq, isNull, lte } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import { withTenant } from '../../../../lib/pg.ts'
import { memberRecipients } from '../../../notifications/alert-recipients.ts'
import type { CrmMessageOf } from '../../jobs/crm-message.ts'
import { getActivity } from '../activities.repo.ts'
import { activities } from '../activities.tables.ts'
import { toActivity } from '../activity-view.ts'
import {
  activityHeadline,
  activityPath,
  publishNotice,
  queueNoticeEmail,
  utcWhen,
} from '../notices/member-notice.ts'

/**
 * Sends one due reminder to the activity's assignee, at most once: the claim (setting
 * reminder_sent_at where it is still null) and the e-mail's enqueue share a transaction, so a
 * second delivery of the message finds nothing to claim, and a failed enqueue undoes the claim
 * for the retry. The live notice follows the commit.
 */
export async function sendReminder(ctx: Ctx, message: CrmMessageOf<'crm.reminder'>): Promise<void> {
  const { tenantId, activityId } = message
  const now = ctx.now()
  const sent = await withTenant(ctx.pg(), tenantId, async (tx) => {
    const claimed = await tx
      .update(activities)
      .set({ reminderSentAt: now })
      .where(
        and(
          eq(activities.tenantId, tenantId),
          eq(activities.id, activityId),
          isNull(activities.reminderSentAt),
          isNull(activities.completedAt),
          isNull(activities.deletedAt),
          lte(activities.remindAt, now),
        ),
      )
      .returning({ id: activities.id })
    if (claimed.length === 0) return null
    const activity = toActivity(await getActivity(tx, tenantId, activityId))
    if (!activity.assigneeUserId) return null
    const [assignee] = await memberRecipients(ctx, tenantId, [activity.assigneeUserId])
    // Someone who left the organisation is not told; the reminder stays claimed.
    if (!assignee) return null
    const due = activity.type === 'meeting' ? activity.startsAt : activity.dueAt
    await queueNoticeEmail(ctx, {
      to: assignee.email,
      heading: `Reminder: ${activityHeadline(activity)}`.slice(0, 200),
      paragraphs: [activity.body].filter(Boolean),
      facts: [
        ['What', activity.type],
        ...(due ? [[activity.type === 'meeting' ? 'Starts' : 'Due', utcWhen(due)] as [string, string]] : []),
      ],
      path: activityPath(activity),
      // The reminder time makes a moved reminder a new e-mail, a redelivered one the same.
      idempotencyKey: `reminder:${activity.id}:${activity.remindAt ?? ''}`,
    })
    return { activity, userId: assignee.userId }
  })
  if (!sent) return
  const { activity } = sent
  await publishNotice(ctx, tenantId, {
    userId: sent.userId,
    kind: 'reminder',
    title: `Reminder: ${activityHeadline(activity)}`.slice(0, 200),
    body: activity.dueAt ? `Due ${utcWhen(activity.dueAt)}` : '',
    link: activityPath(activity),
  })
  ctx.log.info('crm reminder sent', { tenantId, activityId })
}
