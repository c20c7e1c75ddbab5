import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { replayDelivery } from '../delivery-log.ts'
import { WebhookDelivery } from '../webhooks.schemas.ts'
import { DeliveryParams } from './get-delivery.ts'

const route = createRoute({
  method: 'post',
  path: '/webhooks/{endpointId}/deliveries/{deliveryId}/replay',
  tags: ['Webhooks'],
  summary: 'Replay a delivery',
  description:
    'Queues the same payload again under the same event id (`webhook-id`), with a fresh round of retries, to the endpoint’s current address. Only a settled delivery (succeeded or failed) on an active endpoint can be replayed (409 otherwise).',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: DeliveryParams },
  responses: {
    202: jsonResponse(WebhookDelivery, 'Queued; the log shows the outcome'),
    409: problemDoc('The delivery is still being attempted, or the endpoint is disabled'),
    503: problemDoc('The queue did not take it; try again'),
    ...errorResponses,
  },
})

export const replayDeliveryRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { endpointId, deliveryId } = c.req.valid('param')
    return c.json(WebhookDelivery.parse(await replayDelivery(tenantCtx(c), endpointId, deliveryId)), 202)
  },
})
