import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { CreateWebhookEndpoint, WebhookEndpointWithSecret } from '../webhooks.schemas.ts'
import { createEndpoint } from '../webhooks.service.ts'

const route = createRoute({
  method: 'post',
  path: '/webhooks',
  tags: ['Webhooks'],
  summary: 'Subscribe an address to events',
  description:
    'Events: lead.created, lead.updated, lead.assigned, lead.sla_breached, contact.merged. The address must be public https (private, loopback and link-local addresses are refused, as are user names in the URL). The answer carries the signing secret (`whsec_…`) once: every delivery is signed with it following Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256>`). Zapier-style REST hooks: subscribe with this call, unsubscribe with DELETE.',
  middleware: [authenticate, requirePermission('webhooks.manage')] as const,
  request: { body: jsonBody(CreateWebhookEndpoint) },
  responses: {
    201: jsonResponse(WebhookEndpointWithSecret, 'The endpoint, with its one-time secret'),
    402: problemDoc('The organisation has as many endpoints as it may'),
    ...errorResponses,
  },
})

export const createEndpointRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(WebhookEndpointWithSecret.parse(await createEndpoint(tenantCtx(c), c.req.valid('json'))), 201),
})
