import { z } from 'zod'
import type { Ctx } from '../../context.ts'

/**
 * What goes on the `email` queue: a template name and its data, never rendered HTML, so a
 * message is small and a template fix applies to messages still waiting in the queue.
 */
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
])
export type EmailMessage = z.infer<typeof EmailMessage>

/** Queues an e-mail. The consumer renders and sends it, retrying into the DLQ, so none is lost. */
export async function enqueueEmail(ctx: Ctx, message: EmailMessage): Promise<void> {
  await ctx.env.EMAIL_QUEUE.send(EmailMessage.parse(message), { contentType: 'json' })
}
