// The query every analytics view takes: whose numbers (organisation, brand, branch or site),
// over which UTC days, compared with what. Validated here, at the edge.
import { z } from '@hono/zod-openapi'
import { DateRangeQuery } from '../../qr/analytics/analytics.schemas.ts'

const id = (example: string, description: string) =>
  z.string().min(1).max(64).optional().openapi({ example, description })

export const AnalyticsQuery = DateRangeQuery.extend({
  brandId: id('brd_01JD3Q9W2Z8K5V7M4N6P0R1S2T', "One brand's numbers"),
  branchId: id('bra_01JD3Q9W2Z8K5V7M4N6P0R1S2T', "One branch's numbers"),
  siteId: id('site_01JD3Q9W2Z8K5V7M4N6P0R1S2T', "One site's numbers (a site is its branch's page)"),
  compare: z.enum(['previous', 'none']).default('previous').openapi({
    description: 'Compare with the period of the same length just before (default) or not at all',
  }),
  format: z
    .enum(['json', 'csv'])
    .default('json')
    .openapi({ description: 'csv: the same view as a CSV file' }),
})
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>
