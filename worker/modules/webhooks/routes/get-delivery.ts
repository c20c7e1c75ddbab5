import { createRoute, defineOpenAPIRoute, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { getDelivery } from '../delivery-log.ts'
import { WebhookDeliveryDetail } from '../webhooks.schemas.ts'

export const DeliveryParams = z.object({
  ...IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T').shape,
  ...IdParam('deliveryId', 'whd_01JD3Q9W2Z8K5V7M4N6P0R1S2T').shape,
})

const route = createRoute({
  method: 'get',
  path: '/webhooks/{endpointId}/deliveries/{deliveryId}',
  tags: ['Webhooks'],
  summary: 'One delivery, with its payload',
  description: 'The delivery log entry and the exact event it sends (the JSON body of every attempt).',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: DeliveryParams },
  responses: { 200: jsonResponse(WebhookDeliveryDetail, 'The delivery'), ...errorResponses },
})

export const getDeliveryRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { endpointId, deliveryId } = c.req.valid('param')
    return c.json(WebhookDeliveryDetail.parse(await getDelivery(tenantCtx(c), endpointId, deliveryId)), 200)
  },
})
