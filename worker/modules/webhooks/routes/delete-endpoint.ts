import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { deleteEndpoint } from '../webhooks.service.ts'

const route = createRoute({
  method: 'delete',
  path: '/webhooks/{endpointId}',
  tags: ['Webhooks'],
  summary: 'Unsubscribe: delete a webhook endpoint',
  description:
    'Nothing more is sent to it, including deliveries waiting for a retry; its delivery log goes with it.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { params: IdParam('endpointId', 'whe_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
})

export const deleteEndpointRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => {
    await deleteEndpoint(tenantCtx(c), c.req.valid('param').endpointId)
    return c.body(null, 204)
  },
})
