import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { WebhookEndpointWithSecret } from '../webhooks.schemas.ts'
import { rotateEndpointSecret } from '../webhooks.service.ts'

const route = createRoute({
  method: 'post',
  path: '/webhooks/{endpointId}/rotate-secret',
  tags: ['Webhooks'],
  summary: 'Rotate an endpoint’s signing secret',
  description:
    'A new `whsec_…` secret, returned once. Every delivery from now on (retries included) is signed with it; the old one is forgotten at once, so update the receiver right after.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: jsonResponse(WebhookEndpointWithSecret, 'The endpoint, with its new one-time secret'),
    ...errorResponses,
  },
})

export const rotateSecretRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      WebhookEndpointWithSecret.parse(
        await rotateEndpointSecret(tenantCtx(c), c.req.valid('param').endpointId),
      ),
      200,
    ),
})
