import { createRoute, defineOpenAPIRoute } from '@hono/zod-openapi'
import type { AppEnv } from '../../../env.ts'
import { tenantCtx } from '../../../http/tenant-ctx.ts'
import { errorResponses, IdParam, jsonResponse } from '../../../lib/router.ts'
import { authenticate, requirePermission } from '../../auth/index.ts'
import { LeadSource } from '../lead-sources.schemas.ts'
import { getSourceView } from '../sources.service.ts'

const route = createRoute({
  method: 'get',
  path: '/lead-sources/{sourceId}',
  tags: ['Lead sources'],
  summary: 'One lead source',
  description:
    'Its settings, webhook address and latest delivery; never its secret. Archived sources are 404.',
  middleware: [authenticate, requirePermission('leads.read')] as const,
  request: { params: IdParam('sourceId', 'lsrc_01JD3Q9W2Z8K5V7M4N6P0R1S2T') },
  responses: { 200: jsonResponse(LeadSource, 'The source'), ...errorResponses },
})

export const getSourceRoute = defineOpenAPIRoute<typeof route, AppEnv>({
  route,
  handler: async (c) =>
    c.json(LeadSource.parse(await getSourceView(tenantCtx(c), c.req.valid('param').sourceId)), 200),
})
