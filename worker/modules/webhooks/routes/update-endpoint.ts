import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { UpdateWebhookEndpoint, WebhookEndpoint } from '../webhooks.schemas.ts'
import { updateEndpoint } from '../webhooks.service.ts'

const route = createRoute({
  method: 'patch',
  path: '/webhooks/{endpointId}',
  tags: ['Webhooks'],
  summary: 'Change a webhook endpoint',
  description:
    'Change the address (checked as on creation), the description or the events, or turn it off (`status: disabled`: deliveries not yet sent fail as "endpoint disabled") and on again (`active`, which also forgets past failures).',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: {
    params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T'),
    body: jsonBody(UpdateWebhookEndpoint),
  },
  responses: { 200: jsonResponse(WebhookEndpoint, 'The endpoint'), ...errorResponses },
})

export const updateEndpointRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    const { endpointId } = c.req.valid('param')
    return c.json(
      WebhookEndpoint.parse(await updateEndpoint(tenantCtx(c), endpointId, c.req.valid('json'))),
      200,
    )
  },
})
