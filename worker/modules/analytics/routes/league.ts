import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { League } from '../analytics.schemas.ts'
import { AnalyticsQuery } from '../query/analytics-query.ts'
import { csvViewResponse } from '../query/csv-view.ts'
import { getLeague, LEAGUE_SORTS } from '../query/league.service.ts'
import { leagueCsv } from '../query/view-csv.ts'
import { viewInput } from '../query/view-input.ts'
import { CSV_DOC, jsonOrCsv, SCOPE_DOC } from './view-responses.ts'

const LeagueQuery = AnalyticsQuery.extend({
  sort: z.enum(LEAGUE_SORTS).default('views').openapi({ description: 'Highest first; ties by branch name' }),
})

const route = createRoute({
  method: 'get',
  path: '/analytics/league',
  tags: ['Analytics'],
  summary: 'Every branch of a brand or the organisation, side by side',
  description: `${SCOPE_DOC} One row per branch you may see (closed branches only for periods they had visitors in), zeros included, with \`previous\` = views + scans of the period before (null with \`compare=none\`). ${CSV_DOC}`,
  middleware: [authenticate, requirePermission('analytics.read')] as const,
  request: { query: LeagueQuery },
  responses: { 200: jsonOrCsv(League, 'The league'), ...errorResponses },
})

export const analyticsLeague = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const query = c.req.valid('query')
    const ctx = tenantCtx(c)
    const { scope, range } = await viewInput(ctx, query)
    const league = await getLeague(ctx, scope, range, query.sort)
    if (query.format === 'csv') return csvViewResponse(c, leagueCsv(league))
    return c.json(league, 200)
  },
})
