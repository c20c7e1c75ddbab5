import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { WebhookEndpoint } from '../webhooks.schemas.ts'
import { enableEndpoint } from '../webhooks.service.ts'

const route = createRoute({
  method: 'post',
  path: '/webhooks/{endpointId}/enable',
  tags: ['Webhooks'],
  summary: 'Re-enable a webhook endpoint',
  description:
    'After it was turned off (by hand or after sustained failure): new events are delivered again and its failure streak starts from zero. Deliveries that failed meanwhile can be replayed one by one.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(WebhookEndpoint, 'The endpoint, active'), ...errorResponses },
})

export const enableEndpointRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(WebhookEndpoint.parse(await enableEndpoint(tenantCtx(c), c.req.valid('param').endpointId)), 200),
})
