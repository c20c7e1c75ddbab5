import { z } from '@hono/zod-openapi'
import { CrmCondition } from '../filters/filter.schemas.ts'

/** Signals of engagement a rule can count, from the contact's leads, touches, scans and activities. */
export const ENGAGEMENT_SIGNALS = [
  'leads',
  'touches',
  'qr_scans',
  'calls',
  'meetings',
  'emails',
  'notes',
] as const
export type EngagementSignal = (typeof ENGAGEMENT_SIGNALS)[number]

/**
 * What a scoring rule tests. source: how the contact first came (lead source, import, manual);
 * engagement: at least `min` of a signal within `withinDays`; fit: a filter condition on the
 * contact (custom fields included) or its primary company (`company.<field>`); recency: points
 * that halve every `halfLifeDays` since the contact's last activity.
 */
export const ScoringCondition = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('source'), sources: z.array(z.string().min(1).max(40)).min(1).max(20) }),
    z.object({
      kind: z.literal('engagement'),
      signal: z.enum(ENGAGEMENT_SIGNALS),
      min: z.number().int().min(1).max(10_000),
      withinDays: z.number().int().min(1).max(3650).optional(),
    }),
    z.object({ kind: z.literal('fit'), condition: CrmCondition }),
    z.object({ kind: z.literal('recency'), halfLifeDays: z.number().int().min(1).max(365) }),
  ])
  .openapi('ScoringCondition')
export type ScoringCondition = z.infer<typeof ScoringCondition>
