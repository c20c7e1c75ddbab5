import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listDeliveries } from '../delivery-log.ts'
import { ListDeliveriesQuery, SourceDeliveryList } from '../lead-sources.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/lead-sources/{sourceId}/deliveries',
  tags: ['Lead sources'],
  summary: 'A source’s delivery log',
  description:
    'Every request the platform made, newest first: accepted, duplicate, rejected (bad signature), failed (malformed, or the lead could not be fetched) or ignored (paused), with our HTTP answer, the reason and the first 2 KB of the body. `limit` per page; pass `nextCursor` back as `cursor`.',
  middleware: [authenticate, requirePermission('lead_sources.manage')] as const,
  request: { params: IdParam('sourceId', 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T'), query: ListDeliveriesQuery },
  responses: { 200: jsonResponse(SourceDeliveryList, 'A page of deliveries'), ...errorResponses },
})

export const listDeliveriesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { sourceId } = c.req.valid('param')
    return c.json(
      SourceDeliveryList.parse(await listDeliveries(tenantCtx(c), sourceId, c.req.valid('query'))),
      200,
    )
  },
})
