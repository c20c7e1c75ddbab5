import { z } from '@hono/zod-openapi'
import { AnalyticsQuery } from '../query/analytics-query.ts'

export const ATTRIBUTION_GROUPS = ['source', 'campaign', 'placement', 'channel'] as const
export type AttributionGroup = (typeof ATTRIBUTION_GROUPS)[number]

const HalfLifeHours = z.coerce.number().min(1).max(720).default(24).openapi({
  description:
    'Time-decay: a touch this many hours before the lead counts half as much as one at the lead (1–720)',
  example: 24,
})

export const AttributionQuery = AnalyticsQuery.extend({
  groupBy: z.enum(ATTRIBUTION_GROUPS).default('source').openapi({
    description:
      'Credit per source (utm_source, qr, a referring host or direct), campaign, QR placement or channel',
  }),
  halfLifeHours: HalfLifeHours,
})
export type AttributionQuery = z.infer<typeof AttributionQuery>

export const LeadTouchesQuery = z.object({ halfLifeHours: HalfLifeHours })
export type LeadTouchesQuery = z.infer<typeof LeadTouchesQuery>
