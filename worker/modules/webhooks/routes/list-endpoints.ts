import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { WebhookEndpointList } from '../webhooks.schemas.ts'
import { listEndpoints } from '../webhooks.service.ts'

const route = createRoute({
  method: 'get',
  path: '/webhooks',
  tags: ['Webhooks'],
  summary: 'List webhook endpoints',
  description:
    'Every address the organisation’s events are POSTed to, newest first, with its events, status and failure streak. Secrets are never included.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  responses: { 200: jsonResponse(WebhookEndpointList, 'The endpoints'), ...errorResponses },
})

export const listEndpointsRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) => c.json(WebhookEndpointList.parse({ data: await listEndpoints(tenantCtx(c)) }), 200),
})
