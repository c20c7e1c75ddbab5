import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../../env.ts'
import { tenantCtx } from '../../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../../lib/router.ts'
import { authenticate, requirePermission } from '../../../auth/index.ts'
import { DealList, ListDealsQuery } from '../deals.schemas.ts'
import { listDeals } from '../read-deals.ts'

const route = createRoute({
  method: 'get',
  path: '/deals',
  tags: ['Deals'],
  summary: 'List deals',
  description:
    'The deals you may see, recently updated first unless `sort` says otherwise, a page at a time (`nextCursor`). The plain parameters, `q` and a JSON `filter` (any deal field or `custom.<key>`) all apply together.',
  middleware: [authenticate, requirePermission('crm.read')] as const,
  request: { query: ListDealsQuery },
  responses: { 200: jsonResponse(DealList, 'A page of deals'), ...errorResponses },
})

export const listDealsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(DealList.parse(await listDeals(tenantCtx(c), c.req.valid('query'))), 200),
})
