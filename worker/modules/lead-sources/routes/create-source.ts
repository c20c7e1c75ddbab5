import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, jsonBody, jsonResponse, problemDoc } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { CreateLeadSource, LeadSourceWithSecret } from '../lead-sources.schemas.ts'
import { createSource } from '../sources.service.ts'

const route = createRoute({
  method: 'post',
  path: '/lead-sources',
  tags: ['Lead sources'],
  summary: 'Connect a lead source',
  description:
    'Facebook and LinkedIn sources take the platform’s access token (`accessToken`), sealed at rest and never returned. Google Ads and generic webhook sources get a key or HMAC secret generated here and returned once as `secret`: copy it now. `webhookUrl` is the address to give the platform. A platform account (Facebook page, LinkedIn organization, WhatsApp number) can be connected to one live source only (409).',
  middleware: [authenticate, requirePermission('lead_sources.manage')] as const,
  request: { body: jsonBody(CreateLeadSource) },
  responses: {
    201: jsonResponse(LeadSourceWithSecret, 'The new source, with its one-time secret'),
    409: problemDoc('That platform account is already connected'),
    ...errorResponses,
  },
})

export const createSourceRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(LeadSourceWithSecret.parse(await createSource(tenantCtx(c), c.req.valid('json'))), 201),
})
