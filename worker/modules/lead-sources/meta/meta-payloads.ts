// The webhook bodies Meta sends for the Page `leadgen` field and the WhatsApp Business Account
// `messages` field. Envelopes are checked first; a change is checked only when it is a field we
// act on, so other subscribed fields pass through untouched.
import { z } from 'zod'
import { type FieldIssue, issuesOf } from '../../../lib/errors.ts'

/**
 * Meta ids are digit strings. Payloads from before 2017 carried them as numbers; those are
 * accepted only while exact (a larger number has already lost digits in JSON.parse).
 */
const MetaId = z
  .union([
    z.string().regex(/^\d{1,32}$/, 'must be a string of digits'),
    z
      .number()
      .int()
      .nonnegative()
      .refine(Number.isSafeInteger, 'is too large to be exact; send it as a string'),
  ])
  .transform(String)

const Change = z.object({ field: z.string(), value: z.unknown() })

export const PageWebhook = z.object({
  object: z.literal('page', { error: 'object must be "page" (a Page webhook)' }),
  entry: z.array(z.object({ id: MetaId, time: z.number().optional(), changes: z.array(Change).default([]) })),
})

export const LeadgenChange = z.object({
  leadgen_id: MetaId,
  page_id: MetaId,
  form_id: MetaId,
  ad_id: MetaId.nullish(),
  adgroup_id: MetaId.nullish(),
  created_time: z.number().int().nonnegative().nullish(),
})
export type LeadgenChange = z.infer<typeof LeadgenChange>

export const WhatsAppWebhook = z.object({
  object: z.literal('whatsapp_business_account', { error: 'object must be "whatsapp_business_account"' }),
  entry: z.array(z.object({ id: z.string(), changes: z.array(Change).default([]) })),
})

const Caption = z.object({ caption: z.string().optional() }).optional()
const Reply = z.object({ title: z.string().optional() }).optional()

export const WhatsAppMessage = z.object({
  // The sender's number without "+"; withheld when the user has a username (then `from_user_id`).
  from: z
    .string()
    .regex(/^\d{4,20}$/, 'must be the digits of a phone number')
    .optional(),
  from_user_id: z.string().max(200).optional(),
  id: z.string().min(1).max(200),
  timestamp: z.string().regex(/^\d+$/, 'must be Unix seconds').optional(),
  type: z.string().min(1).max(40),
  text: z.object({ body: z.string() }).optional(),
  button: z.object({ text: z.string().optional() }).optional(),
  interactive: z.object({ button_reply: Reply, list_reply: Reply }).optional(),
  image: Caption,
  video: Caption,
  document: Caption,
  location: z
    .object({
      name: z.string().optional(),
      address: z.string().optional(),
      latitude: z.number(),
      longitude: z.number(),
    })
    .optional(),
})
export type WhatsAppMessage = z.infer<typeof WhatsAppMessage>

export const WhatsAppValue = z.object({
  messaging_product: z.literal('whatsapp'),
  metadata: z.object({ display_phone_number: z.string().optional(), phone_number_id: MetaId }),
  contacts: z
    .array(
      z.object({
        wa_id: z.string().optional(),
        user_id: z.string().optional(),
        profile: z.object({ name: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  messages: z.array(WhatsAppMessage).optional(),
})
export type WhatsAppValue = z.infer<typeof WhatsAppValue>

/** A part of a payload that did not parse, with its path from the body's root. */
export function issuesAt(prefix: (string | number)[], error: z.ZodError): FieldIssue[] {
  return issuesOf(error).map((issue) => ({
    path: [...prefix, ...(issue.path === '(body)' ? [] : [issue.path])].join('.') || '(body)',
    message: issue.message,
  }))
}

/** The body as JSON, or undefined when it is not JSON at all. */
export function parseJson(raw: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(raw))
  } catch {
    return undefined
  }
}
