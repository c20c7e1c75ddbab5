import { z } from 'zod'
import type { Ctx } from '../../context.ts'
import { AnalyticsReportData } from './analytics-report.template.ts'
import { WhatsappAlertMessage } from './whatsapp-alert.ts'

/**
 * What goes on the `email` queue: a template name and its data, never rendered HTML, so a
 * message is small and a template fix applies to messages still waiting in the queue.
 */
/** What a lead alert shows: enough to answer the lead, nothing the recipient cannot already see. */
const LeadAlertData = z.object({
  leadName: z.string(),
  branchName: z.string(),
  sourceLabel: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  message: z.string().nullable(),
  receivedAt: z.string(),
  url: z.url(),
})

/**
 * Names the alert itself (lead, event, recipient), not the queue message: an alert queued again
 * by a retried lead message is dropped by the provider as a repeat.
 */
const AlertKey = z.string().min(1).max(200).optional()

export const EmailMessage = z.discriminatedUnion('template', [
  z.object({
    template: z.literal('verify_email'),
    to: z.email(),
    data: z.object({ name: z.string(), url: z.url() }),
  }),
  z.object({ template: z.literal('reset_password'), to: z.email(), data: z.object({ url: z.url() }) }),
  z.object({
    template: z.literal('invitation'),
    to: z.email(),
    data: z.object({
      tenantName: z.string(),
      inviterName: z.string(),
      role: z.string(),
      url: z.url(),
      expiresAt: z.string(),
    }),
  }),
  z.object({
    template: z.literal('account_locked'),
    to: z.email(),
    data: z.object({
      accountEmail: z.email(),
      until: z.string(),
      ip: z.string().nullable(),
      resetUrl: z.url(),
    }),
  }),
  z.object({
    template: z.literal('export_ready'),
    to: z.email(),
    data: z.object({ scope: z.enum(['user', 'tenant']), url: z.url(), expiresAt: z.string() }),
  }),
  z.object({ template: z.literal('lead_new'), to: z.email(), data: LeadAlertData, idempotencyKey: AlertKey }),
  z.object({
    template: z.literal('lead_assigned'),
    to: z.email(),
    idempotencyKey: AlertKey,
    // A returning lead: a new touch merged into a lead the recipient already owns.
    data: LeadAlertData.extend({ returning: z.boolean() }),
  }),
  z.object({
    template: z.literal('lead_sla_breach'),
    to: z.email(),
    idempotencyKey: AlertKey,
    data: z.object({
      leadName: z.string(),
      branchName: z.string(),
      // 1: the branch manager is told; 2: the owners are.
      level: z.union([z.literal(1), z.literal(2)]),
      dueAt: z.string().nullable(),
      url: z.url(),
    }),
  }),
  // CRM: a reminder, a mention, an automation's notice or a finished import, for one member.
  z.object({
    template: z.literal('crm_notice'),
    to: z.email(),
    idempotencyKey: AlertKey,
    data: z.object({
      heading: z.string().max(200),
      paragraphs: z.array(z.string().max(2000)).max(6),
      facts: z
        .array(z.tuple([z.string().max(60), z.string().max(1000)]))
        .max(10)
        .default([]),
      action: z
        .object({ label: z.string().max(60), url: z.url() })
        .nullable()
        .default(null),
    }),
  }),
  // CRM: a stage automation's template to a deal's contact (only with their e-mail consent).
  z.object({
    template: z.literal('crm_contact_message'),
    to: z.email(),
    idempotencyKey: AlertKey,
    data: z.object({ tenantName: z.string(), subject: z.string().max(200), body: z.string().max(10_000) }),
  }),
  // A scheduled analytics report; the key names report, period and recipient, so a retried
  // cron run or a redelivered message is sent once.
  z.object({
    template: z.literal('analytics_report'),
    to: z.email(),
    idempotencyKey: AlertKey,
    data: AnalyticsReportData,
  }),
  z.object({
    template: z.literal('webhook_disabled'),
    to: z.email(),
    // Sent to the owners when sustained failure turned an outbound webhook endpoint off.
    data: z.object({ endpointUrl: z.string(), reason: z.string(), disabledAt: z.string(), url: z.url() }),
  }),
])
export type EmailMessage = z.infer<typeof EmailMessage>

/** Queues an e-mail. The consumer renders and sends it, retrying into the DLQ, so none is lost. */
export async function enqueueEmail(ctx: Ctx, message: EmailMessage): Promise<void> {
  await ctx.env.EMAIL_QUEUE.send(EmailMessage.parse(message), { contentType: 'json' })
}

/**
 * Queues several e-mails and WhatsApp alerts in one send, so an alert is either queued whole
 * or the caller sees the failure and can retry it.
 */
export async function enqueueOutbound(
  ctx: Ctx,
  messages: readonly (EmailMessage | WhatsappAlertMessage)[],
): Promise<void> {
  if (messages.length === 0) return
  await ctx.env.EMAIL_QUEUE.sendBatch(
    messages.map((message) => ({
      body: 'kind' in message ? WhatsappAlertMessage.parse(message) : EmailMessage.parse(message),
      contentType: 'json' as const,
    })),
  )
}
