// The lead sources API's request and response shapes. Secrets go in, and come out only once:
// the create or rotate answer that generated them.
import { z } from '@hono/zod-openapi'
import { DELIVERY_OUTCOMES, SOURCE_KINDS } from './lead-sources.tables.ts'
import { SourceConfig } from './source-config.ts'

const Name = z.string().trim().min(1).max(120)
// A Facebook page access token or a LinkedIn access token, as the platform issued it.
const AccessToken = z.string().trim().min(20, 'That access token looks too short').max(4096)

export const CreateLeadSource = z
  .strictObject({
    kind: z.enum(SOURCE_KINDS),
    name: Name,
    branchId: z.string().min(1).max(64),
    // Optional for Google Ads and the generic webhook, whose settings all have defaults.
    config: SourceConfig.optional(),
    accessToken: AccessToken.optional().openapi({
      description:
        'Facebook: a page access token with leads_retrieval. LinkedIn: an access token with r_marketing_leadgen_automation.',
    }),
    status: z.enum(['active', 'paused']).default('active'),
  })
  .openapi('CreateLeadSource')
export type CreateLeadSource = z.infer<typeof CreateLeadSource>

/** Any field. The kind never changes; a new access token replaces the old one. */
export const UpdateLeadSource = z
  .strictObject({
    name: Name,
    branchId: z.string().min(1).max(64),
    config: SourceConfig,
    accessToken: AccessToken,
    status: z.enum(['active', 'paused']),
  })
  .partial()
  .openapi('UpdateLeadSource')
export type UpdateLeadSource = z.infer<typeof UpdateLeadSource>

export const LeadSource = z
  .object({
    id: z.string().openapi({ example: 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    kind: z.enum(SOURCE_KINDS),
    name: z.string(),
    brandId: z.string(),
    branchId: z.string(),
    accountId: z.string().nullable(),
    config: SourceConfig,
    status: z.enum(['active', 'paused']),
    // Whether a token or key is stored; the value itself is never returned after creation.
    hasSecret: z.boolean(),
    webhookUrl: z
      .string()
      .openapi({ example: 'https://vitrine.example/hooks/google/lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T' }),
    // The newest entry of the delivery log, for the list's "last delivery" column.
    lastDelivery: z
      .object({ outcome: z.enum(DELIVERY_OUTCOMES), httpStatus: z.number().int(), createdAt: z.string() })
      .nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('LeadSource')
export type LeadSource = z.infer<typeof LeadSource>

export const LeadSourceList = z.object({ data: z.array(LeadSource) }).openapi('LeadSourceList')
export type LeadSourceList = z.infer<typeof LeadSourceList>

/** Create and rotate: the generated key or HMAC secret is in `secret`, this one time. */
export const LeadSourceWithSecret = z
  .object({
    source: LeadSource,
    secret: z.string().nullable().openapi({
      description:
        'Google Ads: the key to paste as the webhook key. Generic webhook: the HMAC signing secret. Shown once.',
    }),
  })
  .openapi('LeadSourceWithSecret')
export type LeadSourceWithSecret = z.infer<typeof LeadSourceWithSecret>

export const SourceDelivery = z
  .object({
    id: z.string(),
    outcome: z.enum(DELIVERY_OUTCOMES),
    httpStatus: z.number().int(),
    detail: z.string().nullable(),
    externalId: z.string().nullable(),
    leadId: z.string().nullable(),
    excerpt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('SourceDelivery')
export type SourceDelivery = z.infer<typeof SourceDelivery>

export const SourceDeliveryList = z
  .object({ data: z.array(SourceDelivery), nextCursor: z.string().nullable() })
  .openapi('SourceDeliveryList')
export type SourceDeliveryList = z.infer<typeof SourceDeliveryList>

export const ListDeliveriesQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
