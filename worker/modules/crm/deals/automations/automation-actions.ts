// The three things a stage automation can do for a deal that entered its stage. Each is keyed
// on the stage change and the automation, so running them again repeats nothing: tasks are
// written in the caller's transaction (which also marks the change done), and e-mails carry
// idempotency keys the provider de-duplicates on.
import { and, eq } from 'drizzle-orm'
import type { Ctx } from '../../../../context.ts'
import type { PgTx } from '../../../../lib/pg.ts'
import { type EmailMessage, enqueueOutbound } from '../../../email/index.ts'
import { publishTenantEvent } from '../../../notifications/index.ts'
import { activities, activityTemplates } from '../../activities/activities.tables.ts'
import { recordActivity } from '../../activities/record-activity.ts'
import { coversBranch, type DealMember, findMembers } from '../deal-members.ts'
import type { AutomationConfig } from '../deals.tables.ts'

export interface AutomationRun {
  tenantId: string
  tenantName: string
  changeId: string
  /** When the deal entered the stage: tasks fall due counted from here. */
  enteredAt: Date
  deal: {
    id: string
    name: string
    ownerUserId: string | null
    branchId: string | null
    contactId: string | null
    companyId: string | null
  }
  contact: { name: string; email: string | null; consentEmail: boolean } | null
  stageName: string
}

export interface Automation {
  id: string
  action: 'create_task' | 'notify' | 'send_template'
  config: AutomationConfig
}

const HOUR_MS = 3_600_000

/** Fills {{contact.name}}, {{deal.name}} and {{stage.name}}; unknown placeholders stay as typed. */
export function fillTemplate(text: string, run: AutomationRun): string {
  const values: Record<string, string> = {
    'contact.name': run.contact?.name ?? '',
    'deal.name': run.deal.name,
    'stage.name': run.stageName,
  }
  return text.replace(/\{\{\s*([a-z.]+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole)
}

const dealUrl = (ctx: Ctx, dealId: string) =>
  new URL(`/app/deals/${encodeURIComponent(dealId)}`, ctx.config.PUBLIC_ORIGIN).toString()

export async function createTask(tx: PgTx, run: AutomationRun, automation: Automation): Promise<string> {
  const { config } = automation
  const [template] = config.templateId
    ? await tx
        .select()
        .from(activityTemplates)
        .where(and(eq(activityTemplates.tenantId, run.tenantId), eq(activityTemplates.id, config.templateId)))
    : []
  const dueMs =
    template?.dueInMinutes != null ? template.dueInMinutes * 60_000 : (config.dueInHours ?? 24) * HOUR_MS
  const dueAt = new Date(run.enteredAt.getTime() + dueMs)
  const remindAt =
    template?.remindBeforeMinutes != null
      ? new Date(dueAt.getTime() - template.remindBeforeMinutes * 60_000)
      : null
  const subject = fillTemplate(config.subject ?? template?.subject ?? template?.name ?? 'Follow up', run)
  const assignee = config.assigneeUserId ?? run.deal.ownerUserId
  const id = await recordActivity(tx, {
    tenantId: run.tenantId,
    dealId: run.deal.id,
    contactId: run.deal.contactId,
    companyId: run.deal.companyId,
    type: 'task',
    subject,
    body: template ? fillTemplate(template.body, run) : `Created when the deal entered “${run.stageName}”.`,
    meta: { changeId: run.changeId, stageAutomationId: automation.id },
    at: run.enteredAt,
  })
  await tx
    .update(activities)
    .set({ dueAt, remindAt, assigneeUserId: assignee, templateId: template?.id ?? null })
    .where(and(eq(activities.tenantId, run.tenantId), eq(activities.id, id)))
  return `Task “${subject}” created (${id})`
}

async function recipientsOf(ctx: Ctx, run: AutomationRun, config: AutomationConfig): Promise<DealMember[]> {
  if (config.notify === 'owner')
    return run.deal.ownerUserId ? findMembers(ctx, run.tenantId, [run.deal.ownerUserId]) : []
  if (config.notify === 'members') return findMembers(ctx, run.tenantId, config.userIds ?? [])
  // The managers who see the deal's branch; the owners and admins when it has none.
  const everyone = await findMembers(ctx, run.tenantId)
  const managers = everyone.filter((m) => m.role === 'manager' && coversBranch(m, run.deal.branchId))
  return managers.length > 0 ? managers : everyone.filter((m) => m.role === 'owner' || m.role === 'admin')
}

export async function notify(ctx: Ctx, run: AutomationRun, automation: Automation): Promise<string> {
  const recipients = await recipientsOf(ctx, run, automation.config)
  if (recipients.length === 0) return 'Nobody to notify'
  const title = `“${run.deal.name}” entered ${run.stageName}`
  const body = run.contact ? `Deal with ${run.contact.name}.` : ''
  const at = new Date().toISOString()
  const emails: EmailMessage[] = recipients.map((r) => ({
    template: 'crm_notice',
    to: r.email,
    idempotencyKey: `automation:${run.changeId}:${automation.id}:${r.userId}`,
    data: {
      heading: title,
      paragraphs: [
        `The deal “${run.deal.name}” moved to the stage “${run.stageName}”.`,
        ...(body ? [body] : []),
      ],
      facts: [['Stage', run.stageName]],
      action: { label: 'Open the deal', url: dealUrl(ctx, run.deal.id) },
    },
  }))
  await enqueueOutbound(ctx, emails)
  await Promise.all(
    recipients.map((r) =>
      publishTenantEvent(ctx.env, run.tenantId, {
        type: 'crm.notice',
        userId: r.userId,
        kind: 'automation',
        title,
        body,
        link: `/app/deals/${run.deal.id}`,
        at,
      }).catch((error: unknown) => ctx.log.error('crm.notice publish failed', { error: String(error) })),
    ),
  )
  return `Notified ${recipients.map((r) => r.name).join(', ')}`
}

/** E-mails the deal's contact, and only one who agreed to e-mail; logged on their timeline. */
export async function sendTemplate(
  ctx: Ctx,
  tx: PgTx,
  run: AutomationRun,
  automation: Automation,
): Promise<string> {
  const contact = run.contact
  if (!contact?.email) return 'Not sent: the deal has no contact with an e-mail address'
  if (!contact.consentEmail) return 'Not sent: the contact has not agreed to e-mail'
  const subject = fillTemplate(automation.config.emailSubject ?? '', run)
  const body = fillTemplate(automation.config.emailBody ?? '', run)
  await enqueueOutbound(ctx, [
    {
      template: 'crm_contact_message',
      to: contact.email,
      idempotencyKey: `automation:${run.changeId}:${automation.id}`,
      data: { tenantName: run.tenantName, subject, body },
    },
  ])
  await recordActivity(tx, {
    tenantId: run.tenantId,
    dealId: run.deal.id,
    contactId: run.deal.contactId,
    companyId: run.deal.companyId,
    type: 'email',
    subject,
    body,
    meta: { changeId: run.changeId, stageAutomationId: automation.id, direction: 'out' },
  })
  return `E-mailed “${subject}” to the contact`
}
