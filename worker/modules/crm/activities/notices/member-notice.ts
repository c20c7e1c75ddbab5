// How a member hears about an activity: a live notice in their open dashboards (best effort)
// and an e-mail through the `email` queue (queued inside the claiming transaction, so a failed
// enqueue undoes the claim and the job is retried).
import type { Ctx } from '../../../../context.ts'
import { type EmailMessage, enqueueEmail } from '../../../email/index.ts'
import { publishTenantEvent } from '../../../notifications/index.ts'
import type { Activity } from '../activities.schemas.ts'
import { ACTIVITY_TYPES } from '../activities.tables.ts'

export type NoticeKind = 'reminder' | 'mention'

/** Where the dashboard shows what the activity is about (its contact, else deal, else company). */
export function activityPath(a: Pick<Activity, 'contactId' | 'companyId' | 'dealId'>): string {
  if (a.contactId) return `/app/contacts/${encodeURIComponent(a.contactId)}`
  if (a.dealId) return `/app/deals/${encodeURIComponent(a.dealId)}`
  if (a.companyId) return `/app/companies/${encodeURIComponent(a.companyId)}`
  return '/app/activities'
}

/** "Call Ana Lima" — the activity in a few words. */
export function activityHeadline(a: Activity): string {
  const kind = ACTIVITY_TYPES.includes(a.type) ? a.type : 'activity'
  const about = [a.contactName, a.companyName, a.dealName].filter(Boolean).join(' · ')
  const what = a.subject || a.body.split('\n')[0]?.slice(0, 120) || kind
  return about ? `${what} (${about})` : what
}

/** Shows the notice in the member's open dashboards; a failure is logged, never thrown. */
export async function publishNotice(
  ctx: Ctx,
  tenantId: string,
  notice: { userId: string; kind: NoticeKind; title: string; body: string; link: string },
): Promise<void> {
  try {
    await publishTenantEvent(ctx.env, tenantId, {
      type: 'crm.notice',
      ...notice,
      at: ctx.now().toISOString(),
    })
  } catch (error) {
    ctx.log.warn('crm notice not published', { tenantId, kind: notice.kind, error })
  }
}

export interface NoticeMail {
  to: string
  heading: string
  paragraphs: string[]
  facts: [string, string][]
  path: string
  idempotencyKey: string
}

/** Queues the notice e-mail; throws when the queue refuses, so the caller's job is retried. */
export async function queueNoticeEmail(ctx: Ctx, mail: NoticeMail): Promise<void> {
  const message: EmailMessage = {
    template: 'crm_notice',
    to: mail.to,
    idempotencyKey: mail.idempotencyKey,
    data: {
      heading: mail.heading.slice(0, 200),
      paragraphs: mail.paragraphs.map((p) => p.slice(0, 2000)).slice(0, 6),
      facts: mail.facts.map(([k, v]): [string, string] => [k.slice(0, 60), v.slice(0, 1000)]).slice(0, 10),
      action: { label: 'Open in Vitrine', url: new URL(mail.path, ctx.config.PUBLIC_ORIGIN).toString() },
    },
  }
  await enqueueEmail(ctx, message)
}

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

/** "21 Nov 2026, 14:30 UTC": e-mails do not know the reader's zone. */
export const utcWhen = (iso: string) => `${when.format(new Date(iso))} UTC`
