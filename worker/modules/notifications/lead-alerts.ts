// Who hears about a lead outside the dashboard: the branch (e-mail, WhatsApp) and the member it
// is assigned to (e-mail), each as their settings say. Everything leaves through the `email`
// queue, so a provider outage delays an alert but never loses it. Addresses and numbers are
// never logged.
import type { Ctx } from '../../context.ts'
import { type EmailMessage, enqueueOutbound, type WhatsappAlertMessage } from '../email/index.ts'
import type { Lead } from '../leads/leads.schemas.ts'
import type { LeadSource } from '../leads/leads.tables.ts'
import { type BranchAlerts, branchAlerts, memberRecipients } from './alert-recipients.ts'

/** Alerts run outside a request (the leads consumer), so the tenant comes with the context. */
export type AlertCtx = Ctx & { tenantId: string }

type Outbound = EmailMessage | WhatsappAlertMessage

/** Typed against the sources' enum, so a new source fails type-checking until it has a label. */
export const SOURCE_LABELS: Record<LeadSource, string> = {
  microsite_form: 'Website form',
  staff_card: 'Staff card',
  booking_request: 'Booking request',
  facebook: 'Facebook Lead Ads',
  google_ads: 'Google Ads lead form',
  linkedin: 'LinkedIn Lead Gen',
  whatsapp: 'WhatsApp message',
  webhook: 'Webhook',
}

/** Where the dashboard shows one lead. */
export const leadUrl = (ctx: Ctx, leadId: string) =>
  new URL(`/app/leads/${encodeURIComponent(leadId)}`, ctx.config.PUBLIC_ORIGIN).toString()

function alertData(ctx: Ctx, lead: Lead, branchName: string) {
  return {
    leadName: lead.name,
    branchName,
    sourceLabel: SOURCE_LABELS[lead.source],
    email: lead.email,
    phone: lead.phone,
    message: lead.message,
    receivedAt: lead.lastTouchAt,
    url: leadUrl(ctx, lead.id),
  }
}

/**
 * Announces a lead that just arrived. A new lead goes to the branch's address and WhatsApp
 * number (when the branch's switches are on) and to its owner (unless they turned assignment
 * e-mails off, or the branch's e-mail already reached them). A touch merged into an existing
 * lead tells only its owner that the lead came back. Spam is never announced.
 */
export async function notifyLeadArrived(ctx: AlertCtx, lead: Lead, { merged }: { merged: boolean }) {
  if (lead.spam.marked) return
  const branch = await branchAlerts(ctx, ctx.tenantId, lead.branchId)
  if (!branch) {
    ctx.log.warn('lead alert skipped: branch not found', { leadId: lead.id, branchId: lead.branchId })
    return
  }
  const messages: Outbound[] = merged ? [] : branchMessages(ctx, lead, branch)
  const mailed = new Set(messages.flatMap((m) => ('template' in m ? [m.to.toLowerCase()] : [])))
  messages.push(...(await ownerMessages(ctx, lead, branch.name, merged, mailed)))
  await enqueueOutbound(ctx, messages)
  logQueued(ctx, 'lead alerts queued', lead.id, messages)
}

/** Tells a member a lead is now theirs (manual assignment from the inbox or a bulk action). */
export async function notifyLeadAssigned(ctx: AlertCtx, lead: Lead): Promise<void> {
  if (lead.spam.marked || !lead.ownerUserId) return
  const branch = await branchAlerts(ctx, ctx.tenantId, lead.branchId)
  const messages = await ownerMessages(ctx, lead, branch?.name ?? '', false, new Set())
  await enqueueOutbound(ctx, messages)
  logQueued(ctx, 'assignment alert queued', lead.id, messages)
}

function branchMessages(ctx: Ctx, lead: Lead, branch: BranchAlerts): Outbound[] {
  const messages: Outbound[] = []
  if (branch.email) {
    messages.push({
      template: 'lead_new',
      to: branch.email,
      data: alertData(ctx, lead, branch.name),
      idempotencyKey: `lead_new:${lead.id}`,
    })
  }
  if (branch.whatsapp) {
    messages.push({
      kind: 'whatsapp.lead_alert',
      to: branch.whatsapp,
      data: { branchName: branch.name, leadName: lead.name, sourceLabel: SOURCE_LABELS[lead.source] },
    })
  }
  return messages
}

async function ownerMessages(
  ctx: AlertCtx,
  lead: Lead,
  branchName: string,
  returning: boolean,
  alreadyMailed: ReadonlySet<string>,
): Promise<Outbound[]> {
  if (!lead.ownerUserId) return []
  const [owner] = await memberRecipients(ctx, ctx.tenantId, [lead.ownerUserId])
  if (!owner?.prefs.emailAssigned || alreadyMailed.has(owner.email.toLowerCase())) return []
  return [
    {
      template: 'lead_assigned',
      to: owner.email,
      data: { ...alertData(ctx, lead, branchName), returning },
      // The touch count tells a returning lead's arrivals apart, the assignment time re-assignments.
      idempotencyKey: `lead_assigned:${lead.id}:${lead.touchCount}:${lead.assignedAt ?? ''}:${owner.userId}`,
    },
  ]
}

/**
 * Tells the members an SLA breach escalated to (the branch manager at level 1, the owners at
 * level 2) by e-mail, each unless they turned escalation e-mails off.
 */
export async function notifySlaBreach(
  ctx: AlertCtx,
  lead: Lead,
  level: 1 | 2,
  recipientUserIds: readonly string[],
): Promise<void> {
  const recipients = (await memberRecipients(ctx, ctx.tenantId, recipientUserIds)).filter(
    (r) => r.prefs.emailEscalations,
  )
  if (recipients.length === 0) return
  const branch = await branchAlerts(ctx, ctx.tenantId, lead.branchId)
  const data = {
    leadName: lead.name,
    branchName: branch?.name ?? '',
    level,
    dueAt: lead.sla.dueAt,
    url: leadUrl(ctx, lead.id),
  }
  const byAddress = new Map(recipients.map((r) => [r.email.toLowerCase(), r]))
  const messages: Outbound[] = [...byAddress.values()].map((r) => ({
    template: 'lead_sla_breach',
    to: r.email,
    data,
    idempotencyKey: `lead_sla_breach:${lead.id}:${level}:${r.userId}`,
  }))
  await enqueueOutbound(ctx, messages)
  logQueued(ctx, 'SLA breach alerts queued', lead.id, messages)
}

function logQueued(ctx: Ctx, msg: string, leadId: string, messages: readonly Outbound[]) {
  ctx.log.info(msg, {
    leadId,
    emails: messages.filter((m) => 'template' in m).length,
    whatsapp: messages.filter((m) => 'kind' in m).length,
  })
}
