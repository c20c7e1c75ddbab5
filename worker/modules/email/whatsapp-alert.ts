import { z } from 'zod'

/**
 * A WhatsApp template message on the `email` queue, beside the e-mails: the same consumer
 * sends it, so it gets the same retries and dead-letter parking and is never lost.
 */
export const WhatsappAlertMessage = z.object({
  kind: z.literal('whatsapp.lead_alert'),
  // International number, digits only (what the Cloud API's `to` takes).
  to: z.string().regex(/^[1-9][0-9]{6,14}$/),
  data: z.object({ branchName: z.string(), leadName: z.string(), sourceLabel: z.string() }),
})
export type WhatsappAlertMessage = z.infer<typeof WhatsappAlertMessage>

export const isWhatsappAlert = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && 'kind' in body && body.kind === 'whatsapp.lead_alert'
