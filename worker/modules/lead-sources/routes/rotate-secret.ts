import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadSourceWithSecret } from '../lead-sources.schemas.ts'
import { rotateSourceSecret } from '../sources.service.ts'

const route = createRoute({
  method: 'post',
  path: '/lead-sources/{sourceId}/rotate-secret',
  tags: ['Lead sources'],
  summary: 'Rotate a source’s key or signing secret',
  description:
    'Google Ads and generic webhook sources: a new key or HMAC secret, returned once; the old one stops working at once, so update the platform right after. Facebook and LinkedIn tokens are replaced with PATCH (400 here).',
  middleware: [authenticate, requirePermission('lead_sources.manage')] as const,
  request: { params: IdParam('sourceId', 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: {
    200: jsonResponse(LeadSourceWithSecret, 'The source, with its new one-time secret'),
    ...errorResponses,
  },
})

export const rotateSecretRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(
      LeadSourceWithSecret.parse(await rotateSourceSecret(tenantCtx(c), c.req.valid('param').sourceId)),
      200,
    ),
})
