// Per-kind settings of a lead source that are not secret (secrets are sealed separately).
import { z } from '@hono/zod-openapi'

/** Sends the leads of one platform form to another branch than the source's own. */
export const FormBranchMapping = z.strictObject({
  // Facebook form id, Google form id or LinkedIn form URN.
  formRef: z.string().trim().min(1).max(200),
  branchId: z.string(),
})

export const SourceConfig = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('facebook'),
      pageId: z.string().regex(/^\d{1,32}$/, 'A Facebook page id is digits only'),
      forms: z.array(FormBranchMapping).max(100).default([]),
    }),
    z.strictObject({
      kind: z.literal('google_ads'),
      forms: z.array(FormBranchMapping).max(100).default([]),
      // Leads Google sends when the advertiser presses "Send test data"; stored flagged as tests.
      acceptTestLeads: z.boolean().default(true),
    }),
    z.strictObject({
      kind: z.literal('linkedin'),
      organizationId: z.string().regex(/^\d{1,32}$/, 'A LinkedIn organization id is digits only'),
      forms: z.array(FormBranchMapping).max(100).default([]),
    }),
    z.strictObject({
      kind: z.literal('whatsapp'),
      phoneNumberId: z.string().regex(/^\d{1,32}$/, 'A WhatsApp phone number id is digits only'),
      // The number as people see it, for the dashboard.
      displayPhone: z.string().max(32).optional(),
    }),
    z.strictObject({
      kind: z.literal('webhook'),
      // Which JSON keys hold the contact, for tools that cannot rename fields (dotted paths allowed).
      mapping: z
        .strictObject({
          name: z.string().max(100).default('name'),
          email: z.string().max(100).default('email'),
          phone: z.string().max(100).default('phone'),
          message: z.string().max(100).default('message'),
        })
        .default({ name: 'name', email: 'email', phone: 'phone', message: 'message' }),
    }),
  ])
  .openapi('SourceConfig')
export type SourceConfig = z.infer<typeof SourceConfig>
