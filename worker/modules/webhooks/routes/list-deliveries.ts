import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { listDeliveries } from '../delivery-log.ts'
import { ListWebhookDeliveriesQuery, WebhookDeliveryList } from '../webhooks.schemas.ts'

const route = createRoute({
  method: 'get',
  path: '/webhooks/{endpointId}/deliveries',
  tags: ['Webhooks'],
  summary: 'An endpoint’s delivery log',
  description:
    'One entry per event sent (retries update it), newest first: pending, retrying (with when the next attempt is due), succeeded or failed, with the attempts so far, the receiver’s last status, the first 1 KB of its answer and how long it took. `status` filters; `limit` per page; pass `nextCursor` back as `cursor`.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: {
    params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    query: ListWebhookDeliveriesQuery,
  },
  responses: { 200: jsonResponse(WebhookDeliveryList, 'A page of deliveries'), ...errorResponses },
})

export const listDeliveriesRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { endpointId } = c.req.valid('param')
    return c.json(
      WebhookDeliveryList.parse(await listDeliveries(tenantCtx(c), endpointId, c.req.valid('query'))),
      200,
    )
  },
})
