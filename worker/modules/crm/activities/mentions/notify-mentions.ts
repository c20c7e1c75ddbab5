import { eq } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import { ApiError } from '../../../../lib/errors.ts'
import { withTenant } from '../../../../lib/pg.ts'
import { users } from '../../../auth/index.ts'
import { memberRecipients } from '../../../notifications/alert-recipients.ts'
import type { CrmMessageOf } from '../../jobs/crm-message.ts'
import { getActivity } from '../activities.repo.ts'
import { toActivity } from '../activity-view.ts'
import { activityHeadline, activityPath, publishNotice, queueNoticeEmail } from '../notices/member-notice.ts'
import { crmMembers, seesBranch } from '../people/crm-members.ts'

/**
 * Tells each member @mentioned in an activity, by e-mail (one per member and activity: the
 * idempotency key makes a redelivered message send nothing new) and in their open dashboards.
 * A member who has since left, or no longer sees the record, is skipped; a deleted activity
 * tells nobody.
 */
export async function notifyMentions(ctx: Ctx, message: CrmMessageOf<'crm.mention'>): Promise<void> {
  const { tenantId, activityId } = message
  let activity: ReturnType<typeof toActivity>
  try {
    activity = await withTenant(ctx.pg(), tenantId, async (tx) =>
      toActivity(await getActivity(tx, tenantId, activityId)),
    )
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return
    throw error
  }
  const mentioned = message.userIds.filter((id) => activity.mentions.includes(id))
  const members = await crmMembers(ctx, tenantId, mentioned)
  const allowed = mentioned.filter((id) => {
    const m = members.get(id)
    return m?.canRead && seesBranch(m, activity.branchId)
  })
  const recipients = await memberRecipients(ctx, tenantId, allowed)
  const author = activity.createdByUserId ? await authorName(ctx, activity.createdByUserId) : 'Someone'
  const title = `${author} mentioned you: ${activityHeadline(activity)}`.slice(0, 200)
  const path = activityPath(activity)
  for (const r of recipients) {
    await queueNoticeEmail(ctx, {
      to: r.email,
      heading: title,
      paragraphs: [activity.body],
      facts: [],
      path,
      idempotencyKey: `mention:${activity.id}:${r.userId}`,
    })
  }
  await Promise.all(
    recipients.map((r) =>
      publishNotice(ctx, tenantId, {
        userId: r.userId,
        kind: 'mention',
        title,
        body: activity.body.slice(0, 300),
        link: path,
      }),
    ),
  )
}

async function authorName(ctx: Ctx, userId: string): Promise<string> {
  const [row] = await ctx.d1.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1)
  return row?.name ?? 'Someone'
}
