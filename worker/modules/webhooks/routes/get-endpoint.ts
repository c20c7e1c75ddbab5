import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { WebhookEndpoint } from '../webhooks.schemas.ts'
import { getEndpoint } from '../webhooks.service.ts'

const route = createRoute({
  method: 'get',
  path: '/webhooks/{endpointId}',
  tags: ['Webhooks'],
  summary: 'One webhook endpoint',
  description: 'Its address, events, status and why it was disabled, if it was; never its secret.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(WebhookEndpoint, 'The endpoint'), ...errorResponses },
})

export const getEndpointRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(WebhookEndpoint.parse(await getEndpoint(tenantCtx(c), c.req.valid('param').endpointId)), 200),
})
