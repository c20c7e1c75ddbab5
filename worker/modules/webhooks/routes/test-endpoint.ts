import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { sendTestDelivery } from '../delivery-log.ts'
import { WebhookDelivery } from '../webhooks.schemas.ts'

const route = createRoute({
  method: 'post',
  path: '/webhooks/{endpointId}/test',
  tags: ['Webhooks'],
  summary: 'Send a test event',
  description:
    'POSTs a made-up lead.created event with `"test": true`, signed like any other, once and right away (no retries), and answers with how the receiver answered. It shows in the delivery log and never counts towards the failure streak. Works on a disabled endpoint too.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(WebhookDelivery, 'The test delivery and its outcome'), ...errorResponses },
})

export const testEndpointRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(WebhookDelivery.parse(await sendTestDelivery(tenantCtx(c), c.req.valid('param').endpointId)), 200),
})
